package io.quire.spring.boot.autoconfigure.observation;

import io.micrometer.common.KeyValues;
import io.quire.driver.QueryEvent;
import io.quire.spring.boot.autoconfigure.observation.QuireQueryObservationDocumentation.HighCardinalityKeys;
import io.quire.spring.boot.autoconfigure.observation.QuireQueryObservationDocumentation.LowCardinalityKeys;

/**
 * The standard {@link QuireQueryObservationConvention}: name {@code quire.query}, spans
 * named {@code <kind> <database>.
 *
<table>
 * }, the keys of {@link QuireQueryObservationDocumentation}.
 */
public class DefaultQuireQueryObservationConvention implements QuireQueryObservationConvention {

	/** The name of the observation, and of its timer. */
	public static final String NAME = "quire.query";

	private static final String NONE = "none";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(QuireQueryObservationContext context) {
		QueryEvent event = context.getEvent();
		String table = (event.table() != null) ? "." + event.table() : "";
		return event.kind().value() + " " + event.database() + table;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(QuireQueryObservationContext context) {
		QueryEvent event = context.getEvent();
		return KeyValues.of(LowCardinalityKeys.DATABASE.withValue(event.database()),
				LowCardinalityKeys.TABLE.withValue((event.table() != null) ? event.table() : NONE),
				LowCardinalityKeys.KIND.withValue(event.kind().value()),
				LowCardinalityKeys.OUTCOME.withValue((context.getError() != null) ? "ERROR" : "SUCCESS"),
				LowCardinalityKeys.SERVER_ADDRESS.withValue(event.serverAddress().host()),
				LowCardinalityKeys.SERVER_PORT.withValue(String.valueOf(event.serverAddress().port())));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(QuireQueryObservationContext context) {
		return KeyValues.of(HighCardinalityKeys.SHAPE.withValue(context.getEvent().shape()));
	}

}
