package io.quire.server.actuate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quire.engine.QuireServer;
import io.quire.server.QuireServerLifecycle;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Adds a {@code quire} section to {@code /actuator/info}: version, server identity, data
 * directory, driver address and uptime.
 */
public class QuireInfoContributor implements InfoContributor {

	private final QuireServer server;

	private final QuireServerLifecycle lifecycle;

	public QuireInfoContributor(QuireServer server, QuireServerLifecycle lifecycle) {
		this.server = server;
		this.lifecycle = lifecycle;
	}

	@Override
	public void contribute(Info.Builder builder) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("version", this.server.version());
		details.put("serverName", this.server.serverName());
		details.put("dataDirectory", ServerDescription.dataDirectory(this.server));
		details.put("bindAddress", this.server.bindAddress());
		if (this.server.isRunning()) {
			details.put("serverId", this.server.serverId().toString());
			details.put("driverPort", this.server.port());
		}
		Instant startedAt = this.lifecycle.startedAt();
		if (startedAt != null) {
			details.put("startedAt", startedAt.toString());
		}
		details.put("uptime", this.lifecycle.uptime().toString());
		builder.withDetail("quire", details);
	}

}
