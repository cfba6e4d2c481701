package io.quire.server;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.quire.engine.QueryListener;
import io.quire.engine.QuireServer;
import io.quire.server.actuate.QuireHealthIndicator;
import io.quire.server.actuate.QuireInfoContributor;
import io.quire.server.actuate.QuireQueryMetrics;
import io.quire.server.actuate.QuireServerMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The engine, its lifecycle and its Actuator beans. The engine, its query metrics and its
 * lifecycle are created eagerly even when {@code spring.main.lazy-initialization} is on
 * (as it is in the server's {@code application.yml}); the engine has usually been started
 * before the context by {@link EarlyEngineStart}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QuireServerProperties.class)
class QuireServerConfiguration {

	@Bean
	@Lazy(false)
	QuireQueryMetrics quireQueryMetrics(MeterRegistry registry) {
		return new QuireQueryMetrics(registry);
	}

	/**
	 * The lifecycle {@link EarlyEngineStart} began before the context existed, or a new
	 * one when it did not (a context started without it, settings it could not use).
	 */
	@Bean
	@Lazy(false)
	QuireServerLifecycle quireServerLifecycle(QuireServerProperties properties, QueryListener quireQueryMetrics,
			ObjectProvider<EarlyEngineStart> earlyStart) {
		EarlyEngineStart early = earlyStart.getIfAvailable();
		QuireServerLifecycle started = (early != null) ? early.takeOver(quireQueryMetrics) : null;
		if (started != null) {
			return started;
		}
		QuireServer server = QuireServerFactory.create(properties, quireQueryMetrics);
		return new QuireServerLifecycle(server, properties, Clock.systemUTC());
	}

	/** The lifecycle's engine; the lifecycle alone closes it. */
	@Bean(destroyMethod = "")
	@Lazy(false)
	QuireServer quireServer(QuireServerLifecycle quireServerLifecycle) {
		return quireServerLifecycle.server();
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
