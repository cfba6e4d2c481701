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
import org.springframework.context.annotation.Lazy;

/**
 * The engine, its lifecycle and its Actuator beans. The engine, its query metrics and its
 * lifecycle are created eagerly even when {@code spring.main.lazy-initialization} is on
 * (as it is in the server's {@code application.yml}), so that the engine starts while the
 * rest of the context is created.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuireServerProperties.class)
class QuireServerConfiguration {

	@Bean
	@Lazy(false)
	QuireQueryMetrics quireQueryMetrics(MeterRegistry registry) {
		return new QuireQueryMetrics(registry);
	}

	@Bean
	@Lazy(false)
	QuireServer quireServer(QuireServerProperties properties, QueryListener quireQueryMetrics) {
		return QuireServerFactory.create(properties, quireQueryMetrics);
	}

	@Bean
	@Lazy(false)
	QuireServerLifecycle quireServerLifecycle(QuireServer quireServer, QuireServerProperties properties) {
		return new QuireServerLifecycle(quireServer, properties, Clock.systemUTC());
	}

	@Bean
	HttpAdminPortListener quireHttpAdminPortListener(QuireServer quireServer) {
		return new HttpAdminPortListener(quireServer);
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
