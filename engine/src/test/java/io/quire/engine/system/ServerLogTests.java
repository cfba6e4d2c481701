package io.quire.engine.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerLogTests {

	private final Instant now = Instant.parse("2026-01-01T00:00:00Z");

	private final ServerLog log = new ServerLog(3, Clock.fixed(this.now, ZoneOffset.UTC));

	@Test
	void ringKeepsTheNewestEntriesOnly() {
		for (int i = 0; i < 5; i++) {
			this.log.record(ServerLog.Level.INFO, "event " + i);
		}
		assertThat(this.log.entries()).extracting(ServerLog.Entry::message)
			.containsExactly("event 2", "event 3", "event 4");
	}

	@Test
	void entriesLoggedAtTheSameInstantGetDistinctTimestamps() {
		this.log.record(ServerLog.Level.INFO, "a");
		this.log.record(ServerLog.Level.INFO, "b");
		assertThat(this.log.entries()).extracting(ServerLog.Entry::timestamp)
			.containsExactly(this.now, this.now.plusNanos(1));
	}

}
