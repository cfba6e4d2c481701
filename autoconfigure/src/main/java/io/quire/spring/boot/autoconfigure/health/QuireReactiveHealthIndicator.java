package io.quire.spring.boot.autoconfigure.health;

import java.time.Duration;

import io.quire.driver.ConnectionFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

/**
 * {@link ReactiveHealthIndicator} for a Quire {@link ConnectionFactory}: the same single
 * round trip as {@link QuireHealthIndicator}, without blocking the caller.
 */
public class QuireReactiveHealthIndicator extends AbstractReactiveHealthIndicator {

	private final ServerCheck check;

	private final Duration timeout;

	/**
	 * Create an indicator.
	 * @param connectionFactory the factory to check
	 * @param timeout the longest wait for a connection and the server's answer together
	 */
	public QuireReactiveHealthIndicator(ConnectionFactory connectionFactory, Duration timeout) {
		super("Quire health check failed");
		this.check = new ServerCheck(connectionFactory);
		this.timeout = timeout;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		return Mono.fromFuture(this.check::start, true)
			.timeout(this.timeout)
			.onErrorMap(ServerCheck::unwrap)
			.map((details) -> builder.up().withDetails(details).build());
	}

}
