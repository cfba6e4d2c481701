package io.quire.spring.boot.autoconfigure.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The {@code quire.query} observation and its keys.
 */
public enum QuireQueryObservationDocumentation implements ObservationDocumentation {

	/** One query, from sending it to its answer (the first batch for a cursor). */
	QUERY {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultQuireQueryObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeys.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeys.values();
		}

	};

	/** Keys with few values, on metrics and spans. */
	public enum LowCardinalityKeys implements KeyName {

		/** The database the query works on. */
		DATABASE("quire.database"),

		/** The table the query names, or {@code none}. */
		TABLE("quire.table"),

		/** What the query does: read, write, admin or changefeed. */
		KIND("quire.query.kind"),

		/** {@code SUCCESS}, or {@code ERROR} when the query failed. */
		OUTCOME("outcome"),

		/** Host of the server the query went to. */
		SERVER_ADDRESS("server.address"),

		/** Driver port of the server the query went to. */
		SERVER_PORT("server.port");

		private final String key;

		LowCardinalityKeys(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

	/** Keys with many values, on spans only. */
	public enum HighCardinalityKeys implements KeyName {

		/** The term structure of the query with every value replaced by {@code ?}. */
		SHAPE("quire.query.shape");

		private final String key;

		HighCardinalityKeys(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

}
