package io.quire.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.engine.Engine;
import io.quire.engine.QuerySession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActivitySamplerTests {

	private final Engine engine = Engine.inMemory();

	private Instant now = Instant.parse("2026-01-01T00:00:00Z");

	private final ActivitySampler sampler = new ActivitySampler(this.engine::catalog, new Clock() {

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return ActivitySamplerTests.this.now;
		}

	});

	@AfterEach
	void close() {
		this.engine.close();
	}

	@Test
	void samplesShouldBeDocumentsWrittenAndReadPerSecondSinceTheLastOne() {
		List<Map<String, Object>> heard = new ArrayList<>();
		this.sampler.subscribe(heard::add);
		run(List.of(60, List.of(List.of(14, List.of("test")), "books")));
		this.sampler.sample();
		assertThat(heard).isEmpty();
		run(List.of(56, List.of(List.of(15, List.of("books")), List.of(2, List.of(Map.of("id", 1), Map.of("id", 2))))));
		run(List.of(16, List.of(List.of(15, List.of("books")), 1)));
		this.now = this.now.plus(Duration.ofSeconds(2));
		this.sampler.sample();
		assertThat(heard).singleElement().satisfies((sample) -> {
			assertThat(sample.get("writesPerSecond")).isEqualTo(1.0);
			assertThat((double) sample.get("readsPerSecond")).isPositive();
			assertThat(sample.get("time")).isEqualTo(this.now.toEpochMilli() / 1000.0);
		});
		assertThat(this.sampler.history()).isEqualTo(heard);
	}

	@Test
	void historyShouldKeepTheLastFiveMinutes() {
		for (int i = 0; i <= ActivitySampler.HISTORY + 10; i++) {
			this.now = this.now.plusSeconds(1);
			this.sampler.sample();
		}
		assertThat(this.sampler.history()).hasSize(ActivitySampler.HISTORY);
		assertThat(this.sampler.history().get(ActivitySampler.HISTORY - 1).get("time"))
			.isEqualTo(this.now.toEpochMilli() / 1000.0);
	}

	private void run(Object term) {
		this.engine.queryRunner().run(new QuerySession("admin", 1, "test"), term, Map.of());
	}

}
