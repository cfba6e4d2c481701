package io.quire.spring.boot.autoconfigure.metrics;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class QuireConnectionPoolMetricsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(QuireAutoConfiguration.class, MetricsAutoConfiguration.class,
				SimpleMetricsExportAutoConfiguration.class, QuireConnectionPoolMetricsAutoConfiguration.class))
		.withPropertyValues("quire.pool.max-size=4");

	@Test
	void poolMetersAreTaggedWithTheBeanName() {
		this.runner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("quire.pool.max").tag("name", "quireConnectionFactory").gauge().value())
				.isEqualTo(4);
			for (String gauge : new String[] { "active", "idle", "pending", "allocated" }) {
				assertThat(registry.get("quire.pool." + gauge).tag("name", "quireConnectionFactory").gauge().value())
					.isZero();
			}
			assertThat(registry.get("quire.pool.acquire").tag("name", "quireConnectionFactory").functionTimer().count())
				.isZero();
			assertThat(registry.get("quire.pool.acquire.timeouts").functionCounter().count()).isZero();
			assertThat(registry.get("quire.pool.acquire.max").timeGauge().value()).isZero();
			assertThat(registry.get("quire.pool.pending").gauge().getId().getBaseUnit()).isEqualTo("requests");
			assertThat(registry.get("quire.pool.active").gauge().getId().getBaseUnit()).isEqualTo("connections");
		});
	}

	@Test
	void everyPoolIsMeasured() {
		this.runner.withUserConfiguration(TwoPools.class).run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("quire.pool.max").tag("name", "orders").gauge().value()).isEqualTo(2);
			assertThat(registry.get("quire.pool.max").tag("name", "billing").gauge().value()).isEqualTo(3);
		});
	}

	@Test
	void plainFactoriesHaveNoPoolMeters() {
		this.runner.withPropertyValues("quire.pool.enabled=false")
			.run((context) -> assertThat(context.getBean(MeterRegistry.class).find("quire.pool.max").gauge()).isNull());
	}

	@Test
	void canBeSwitchedOff() {
		this.runner.withPropertyValues("quire.metrics.pool.enabled=false")
			.run((context) -> assertThat(context.getBean(MeterRegistry.class).find("quire.pool.max").gauge()).isNull());
	}

	@Test
	void needsAMeterRegistry() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(QuireAutoConfiguration.class,
					QuireConnectionPoolMetricsAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean("quireConnectionPoolMeterBinder"));
	}

	@Test
	void binderMeasuresAPool() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		try (ConnectionPool pool = ConnectionPool.create(ConnectionOptions.defaults(),
				PoolOptions.builder().maxSize(5).build())) {
			new QuireConnectionPoolMetrics(pool, "main", List.of()).bindTo(registry);
			assertThat(registry.get("quire.pool.max").tag("name", "main").gauge().value()).isEqualTo(5);
			assertThat(registry.get("quire.pool.max").gauge().getId().getBaseUnit()).isEqualTo("connections");
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoPools {

		@Bean(destroyMethod = "close")
		ConnectionFactory orders() {
			return ConnectionPool.create(ConnectionOptions.defaults(), PoolOptions.builder().maxSize(2).build());
		}

		@Bean(destroyMethod = "close")
		ConnectionFactory billing() {
			return ConnectionPool.create(ConnectionOptions.defaults(), PoolOptions.builder().maxSize(3).build());
		}

	}

}
