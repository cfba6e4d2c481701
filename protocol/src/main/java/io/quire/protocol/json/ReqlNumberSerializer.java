package io.quire.protocol.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Lets the {@link ReqlJson#mapper() mapper} write {@code double} and {@code float}
 * properties of user classes with RethinkDB's number rules.
 */
final class ReqlNumberSerializer extends ValueSerializer<Number> {

	static final ReqlNumberSerializer INSTANCE = new ReqlNumberSerializer();

	@Override
	public void serialize(Number value, JsonGenerator generator, SerializationContext context) {
		if (value instanceof Float floatValue) {
			ReqlNumbers.writeFloat(generator, floatValue);
		}
		else {
			ReqlNumbers.writeDouble(generator, value.doubleValue());
		}
	}

}
