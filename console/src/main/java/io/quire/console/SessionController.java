package io.quire.console;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.quire.engine.auth.UserAccount;
import io.quire.engine.auth.Users;
import io.quire.protocol.json.ReqlJson;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in, session state and sign-out. Passwords are checked against the users' SCRAM
 * credentials in the engine, the same ones the driver handshake uses.
 */
@RestController
class SessionController {

	static final String PATH = "/console/api/session";

	private static final String WRONG_CREDENTIALS = "Wrong user name or password.";

	/** Signing in is open to anyone: its body is small. */
	private static final int MAX_SIGN_IN_BODY = 16 * 1024;

	private final ConsoleSessions sessions;

	private final Supplier<Users> users;

	private final ConsoleOptions options;

	SessionController(ConsoleSessions sessions, Supplier<Users> users, ConsoleOptions options) {
		this.sessions = sessions;
		this.users = users;
		this.options = options;
	}

	/**
	 * The caller's session; with none, a loopback caller is signed in as a passwordless
	 * admin when allowed, anyone else gets 401.
	 */
	@GetMapping(PATH)
	ResponseEntity<String> current(HttpServletRequest request) {
		String id = SessionCookie.read(request);
		try {
			return describe(this.sessions.require(id), null);
		}
		catch (ConsoleException ex) {
			if (!mayOpenDirectly(request)) {
				throw ex;
			}
		}
		ConsoleSession session = this.sessions.open(Users.ADMIN, request.getRemoteAddr(), true);
		return describe(session, SessionCookie.issue(request, session.id()));
	}

	@PostMapping(PATH)
	ResponseEntity<String> signIn(HttpServletRequest request) throws IOException {
		byte[] body = ConsoleJson.readBody(request.getInputStream(), MAX_SIGN_IN_BODY);
		Map<String, Object> fields = ConsoleJson.readObject(body, 4);
		if (!(fields.get("user") instanceof String user) || !(fields.get("password") instanceof String password)) {
			throw ConsoleException.badRequest("Expected {\"user\": \"...\", \"password\": \"...\"}.");
		}
		UserAccount account = this.users.get().account(user);
		if (account == null || !account.credential().matches(password)) {
			throw ConsoleException.unauthorized(WRONG_CREDENTIALS);
		}
		ConsoleSession session = this.sessions.open(user, request.getRemoteAddr(), false);
		return describe(session, SessionCookie.issue(request, session.id()));
	}

	@DeleteMapping(PATH)
	ResponseEntity<Void> signOut(HttpServletRequest request,
			@RequestAttribute(SessionInterceptor.SESSION_ATTRIBUTE) ConsoleSession session) {
		this.sessions.close(session.id());
		return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, SessionCookie.clear(request)).build();
	}

	private boolean mayOpenDirectly(HttpServletRequest request) {
		UserAccount admin = this.users.get().account(Users.ADMIN);
		return this.options.autoSignIn() && admin != null && !admin.passwordSet()
				&& isLoopback(request.getRemoteAddr());
	}

	private static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	private static ResponseEntity<String> describe(ConsoleSession session, @Nullable String cookie) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("user", session.user());
		body.put("csrfToken", session.csrfToken());
		body.put("automatic", session.automatic());
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.OK);
		if (cookie != null) {
			builder.header(HttpHeaders.SET_COOKIE, cookie);
		}
		return builder.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.body(ConsoleJson.write(body, ReqlJson.DEFAULT_MAX_DEPTH));
	}

}
