package io.quire.engine.http;

import java.net.URI;
import java.util.Locale;

import io.quire.engine.QueryException;
import io.quire.engine.ServerOptions;
import io.quire.protocol.ErrorType;

/**
 * Whether a query may send a request: the one place {@code r.http} asks, before the first
 * request and again before every redirect and page. Today it applies the server's
 * settings ({@code quire.server.http.enabled}, {@code quire.server.http.allowed-hosts});
 * the per-user grant (RethinkDB requires the {@code connect} permission, which admin has)
 * belongs here too.
 */
public final class HttpAccess {

	private HttpAccess() {
	}

	/**
	 * Fails with PERMISSION_ERROR unless the server lets queries reach the URL's host.
	 */
	public static void check(ServerOptions.Http settings, URI target) {
		if (!settings.enabled()) {
			throw QueryException.runtime(ErrorType.PERMISSION_ERROR,
					"`r.http` is disabled on this server (setting `quire.server.http.enabled`).");
		}
		String host = host(target);
		if (!settings.allowedHosts().isEmpty() && !isAllowed(settings, host)) {
			throw QueryException.runtime(ErrorType.PERMISSION_ERROR,
					"`r.http` may not reach host `" + host + "` (setting `quire.server.http.allowed-hosts`).");
		}
	}

	private static String host(URI target) {
		String host = (target.getHost() != null) ? target.getHost() : "";
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		return host.toLowerCase(Locale.ROOT);
	}

	private static boolean isAllowed(ServerOptions.Http settings, String host) {
		for (String allowed : settings.allowedHosts()) {
			if (allowed.equals(host) || (allowed.startsWith("*.")
					&& (host.endsWith(allowed.substring(1)) || host.equals(allowed.substring(2))))) {
				return true;
			}
		}
		return false;
	}

}
