package io.quire.console;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseCookie;

/**
 * The session cookie: {@code HttpOnly} (page scripts cannot read it), {@code
 * SameSite=Strict} (other sites' pages do not send it), {@code Secure} over HTTPS.
 */
final class SessionCookie {

	static final String NAME = "QUIRE_CONSOLE";

	/** The header that carries the session's CSRF token on every state-changing call. */
	static final String CSRF_HEADER = "X-Quire-Csrf";

	private SessionCookie() {
	}

	static @Nullable String read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

	static String issue(HttpServletRequest request, String sessionId) {
		return build(request, sessionId, null);
	}

	static String clear(HttpServletRequest request) {
		return build(request, "", Duration.ZERO);
	}

	private static String build(HttpServletRequest request, String value, @Nullable Duration maxAge) {
		ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie.from(NAME, value)
			.path("/")
			.httpOnly(true)
			.sameSite("Strict")
			.secure(request.isSecure());
		if (maxAge != null) {
			cookie.maxAge(maxAge);
		}
		return cookie.build().toString();
	}

}
