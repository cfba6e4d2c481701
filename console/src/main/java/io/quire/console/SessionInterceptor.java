package io.quire.console;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Guards the console API: every call but signing in needs a live session, and every
 * state-changing call (not GET or HEAD) the session's CSRF token in
 * {@value SessionCookie#CSRF_HEADER}; a forged token is refused before anything runs.
 */
final class SessionInterceptor implements HandlerInterceptor {

	/** The request attribute holding the caller's {@link ConsoleSession}. */
	static final String SESSION_ATTRIBUTE = "io.quire.console.session";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");

	private final ConsoleSessions sessions;

	SessionInterceptor(ConsoleSessions sessions) {
		this.sessions = sessions;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (isSignIn(request)) {
			return true;
		}
		ConsoleSession session = this.sessions.require(SessionCookie.read(request));
		if (!SAFE_METHODS.contains(request.getMethod())
				&& !session.csrfMatches(request.getHeader(SessionCookie.CSRF_HEADER))) {
			throw ConsoleException.forbidden("Missing or wrong CSRF token in " + SessionCookie.CSRF_HEADER + ".");
		}
		request.setAttribute(SESSION_ATTRIBUTE, session);
		return true;
	}

	/**
	 * Reading the session state and signing in are open: they are how one gets a session.
	 */
	private static boolean isSignIn(HttpServletRequest request) {
		return request.getRequestURI().equals(request.getContextPath() + SessionController.PATH)
				&& ("GET".equals(request.getMethod()) || "POST".equals(request.getMethod()));
	}

}
