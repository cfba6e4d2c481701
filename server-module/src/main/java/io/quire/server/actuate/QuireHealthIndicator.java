package io.quire.server.actuate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.engine.QuireServer;
import io.quire.engine.ServerHealth;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code quire} health component: UP when the storage takes a write and the driver
 * port listens, DOWN with the engine's reason otherwise; with the server's role
 * ({@code primary} or {@code standby}) and the members of its group.
 */
public class QuireHealthIndicator extends AbstractHealthIndicator {

	private final QuireServer server;

	public QuireHealthIndicator(QuireServer server) {
		super("Quire health check failed");
		this.server = server;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("version", this.server.version())
			.withDetail("dataDirectory", ServerDescription.dataDirectory(this.server));
		if (!this.server.isRunning()) {
			builder.down().withDetail("reason", "the server is not running");
			return;
		}
		builder.withDetail("driverPort", this.server.port());
		ServerHealth health = this.server.health();
		builder.withDetail("storageWritable", health.storageWritable()).withDetail("listening", health.listening());
		addRole(builder, this.server.serverInfo());
		if (health.isUp()) {
			builder.up();
		}
		else {
			builder.down().withDetail("reason", String.valueOf(health.reason()));
		}
	}

	/**
	 * The role and the members as SERVER_INFO gives them, so that a probe of a standby
	 * shows whom it follows and which members it hears from.
	 */
	private static void addRole(Health.Builder builder, Map<String, Object> info) {
		builder.withDetail("role", info.get("role")).withDetail("readOnly", info.get("read_only"));
		if (info.get("members") instanceof List<?> members) {
			builder.withDetail("members", members.stream().map(QuireHealthIndicator::member).toList());
		}
	}

	private static Map<String, Object> member(Object member) {
		Map<?, ?> fields = (Map<?, ?>) member;
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("id", fields.get("id"));
		details.put("name", fields.get("name"));
		details.put("address", fields.get("host") + ":" + fields.get("port"));
		details.put("role", fields.get("role"));
		details.put("reachable", fields.get("reachable"));
		return details;
	}

}
