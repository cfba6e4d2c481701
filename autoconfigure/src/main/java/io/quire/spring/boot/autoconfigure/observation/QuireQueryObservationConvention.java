package io.quire.spring.boot.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} of Quire queries; define a bean of this type to change
 * the name or the keys of the {@code quire.query} observations.
 */
public interface QuireQueryObservationConvention extends ObservationConvention<QuireQueryObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof QuireQueryObservationContext;
	}

}
