package io.quire.spring.boot.autoconfigure.observation;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.ObservationRegistry;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.embedded.EmbeddedQuireAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

class QuireObservationAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, QuireObservationAutoConfiguration.class,
				EmbeddedQuireAutoConfiguration.class, QuireAutoConfiguration.class))
		.withPropertyValues("quire.embedded.enabled=true");

	@Test
	void queriesShouldBeQuireQueryTimersWhenAnObservationRegistryExists() {
		this.runner.run((context) -> {
			assertThat(context.getBean(ConnectionOptions.class).queryListeners()).singleElement()
				.isInstanceOf(ObservationQueryListener.class);
			try (Connection connection = context.getBean(ConnectionFactory.class).connect()) {
				r.expr(1).runAtom(connection);
			}
			Timer timer = context.getBean(MeterRegistry.class)
				.get("quire.query")
				.tag("quire.query.kind", "read")
				.tag("outcome", "SUCCESS")
				.tag("quire.database", "test")
				.timer();
			assertThat(timer.count()).isPositive();
			assertThat(timer.getId().getTags()).noneMatch((tag) -> tag.getKey().equals("quire.query.shape"));
		});
	}

	@Test
	void shouldBackOffWithoutAnObservationRegistry() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(QuireObservationAutoConfiguration.class, QuireAutoConfiguration.class))
			.run((context) -> assertThat(context.getBean(ConnectionOptions.class).queryListeners()).isEmpty());
	}

	@Test
	void canBeSwitchedOff() {
		this.runner.withPropertyValues("quire.observations.enabled=false")
			.run((context) -> assertThat(context.getBean(ConnectionOptions.class).queryListeners()).isEmpty());
	}

	@Test
	void conventionBeanShouldBeUsed() {
		this.runner.withBean(QuireQueryObservationConvention.class, () -> new DefaultQuireQueryObservationConvention() {
			@Override
			public String getName() {
				return "orders.query";
			}
		}).run((context) -> {
			try (Connection connection = context.getBean(ConnectionFactory.class).connect()) {
				r.expr(1).runAtom(connection);
			}
			assertThat(context.getBean(MeterRegistry.class).find("orders.query").timer()).isNotNull();
			assertThat(context.getBean(ObservationRegistry.class)).isNotNull();
		});
	}

}
