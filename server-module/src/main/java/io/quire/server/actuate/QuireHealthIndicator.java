package io.quire.server.actuate;

import io.quire.engine.QuireServer;
import io.quire.engine.ServerHealth;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code quire} health component: UP when the storage takes a write and the driver
 * port listens, DOWN with the engine's reason otherwise.
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
		if (health.isUp()) {
			builder.up();
		}
		else {
			builder.down().withDetail("reason", String.valueOf(health.reason()));
		}
	}

}
