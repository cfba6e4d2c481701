package io.quire.spring.boot.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.quire.driver.QueryEvent;
import io.quire.driver.QueryListener;
import org.jspecify.annotations.Nullable;

/**
 * A {@link QueryListener} that makes each query a {@code quire.query}
 * {@link Observation}, started before the query is sent (so the observation current on
 * the calling thread, such as an HTTP request's, is its parent) and stopped with its
 * answer or failure.
 */
public class ObservationQueryListener implements QueryListener {

	private static final Object OBSERVATION = ObservationQueryListener.class;

	private static final DefaultQuireQueryObservationConvention DEFAULT_CONVENTION = new DefaultQuireQueryObservationConvention();

	private final ObservationRegistry registry;

	private final @Nullable QuireQueryObservationConvention convention;

	/**
	 * Create a listener.
	 * @param registry the registry the observations go to
	 * @param convention a convention replacing the default one, or {@code null}
	 */
	public ObservationQueryListener(ObservationRegistry registry,
			@Nullable QuireQueryObservationConvention convention) {
		this.registry = registry;
		this.convention = convention;
	}

	@Override
	public void beforeQuery(QueryEvent event) {
		Observation observation = QuireQueryObservationDocumentation.QUERY
			.observation(this.convention, DEFAULT_CONVENTION, () -> new QuireQueryObservationContext(event),
					this.registry)
			.start();
		event.setAttribute(OBSERVATION, observation);
	}

	@Override
	public void afterQuery(QueryEvent event, @Nullable Throwable error) {
		Observation observation = event.getAttribute(OBSERVATION);
		if (observation == null) {
			return;
		}
		if (error != null) {
			observation.error(error);
		}
		observation.stop();
	}

}
