package io.quire.server;

import io.quire.engine.QuireServer;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Passes the port the application's web server listens on (Actuator, console) to the
 * engine, which shows it as {@code network.http_admin_port} in {@code server_status}. A
 * separate management server's port is not the admin port and is ignored.
 */
class HttpAdminPortListener implements ApplicationListener<WebServerInitializedEvent> {

	private final QuireServer server;

	HttpAdminPortListener(QuireServer server) {
		this.server = server;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() == null && event.getWebServer().getPort() > 0) {
			this.server.httpAdminPort(event.getWebServer().getPort());
		}
	}

}
