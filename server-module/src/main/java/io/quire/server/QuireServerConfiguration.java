package io.quire.server;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.quire.engine.QueryListener;
import io.quire.engine.QuireServer;
import io.quire.server.actuate.QuireHealthIndicator;
import io.quire.server.actuate.QuireInfoContributor;
import io.quire.server.actuate.QuireQueryMetrics;
import io.quire.server.actuate.QuireServerMetrics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine, its lifecycle and its Actuator beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuireServerProperties.class)
class QuireServerConfiguration {

	@Bean
	QuireQueryMetrics quireQueryMetrics(MeterRegistry registry) {
		return new QuireQueryMetrics(registry);
	}

	@Bean
	QuireServer quireServer(QuireServerProperties properties, QueryListener quireQueryMetrics) {
		return QuireServerFactory.create(properties, quireQueryMetrics);
	}

	@Bean
	QuireServerLifecycle quireServerLifecycle(QuireServer quireServer, QuireServerProperties properties) {
		return new QuireServerLifecycle(quireServer, properties, Clock.systemUTC());
	}

	@Bean
	QuireHealthIndicator quireHealthIndicator(QuireServer quireServer) {
		return new QuireHealthIndicator(quireServer);
	}

	@Bean
	QuireInfoContributor quireInfoContributor(QuireServer quireServer, QuireServerLifecycle quireServerLifecycle) {
		return new QuireInfoContributor(quireServer, quireServerLifecycle);
	}

	@Bean
	QuireServerMetrics quireServerMetrics(QuireServer quireServer) {
		return new QuireServerMetrics(quireServer, Clock.systemUTC());
	}

}
