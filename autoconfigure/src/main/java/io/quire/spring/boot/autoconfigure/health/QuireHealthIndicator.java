package io.quire.spring.boot.autoconfigure.health;

import java.time.Duration;

import io.quire.driver.ConnectionFactory;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@link HealthIndicator} for a Quire {@link ConnectionFactory}: UP with the server's
 * identity, the database and, for a pool, its figures, after one SERVER_INFO round trip
 * bounded by a timeout; DOWN with the exception otherwise.
 */
public class QuireHealthIndicator extends AbstractHealthIndicator {

	private final ServerCheck check;

	private final Duration timeout;

	/**
	 * Create an indicator.
	 * @param connectionFactory the factory to check
	 * @param timeout the longest wait for a connection and the server's answer together
	 */
	public QuireHealthIndicator(ConnectionFactory connectionFactory, Duration timeout) {
		super("Quire health check failed");
		this.check = new ServerCheck(connectionFactory);
		this.timeout = timeout;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		builder.up().withDetails(this.check.run(this.timeout));
	}

}
