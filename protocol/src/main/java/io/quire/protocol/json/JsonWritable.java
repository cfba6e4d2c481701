package io.quire.protocol.json;

import tools.jackson.core.JsonGenerator;

/**
 * A value that writes itself as JSON, such as a document still in the form it was stored
 * in. {@link ReqlJson} hands it the generator instead of walking it, whatever else the
 * value is (a {@link java.util.Map}, say).
 */
public interface JsonWritable {

	/**
	 * Writes this value as exactly one JSON value, numbers by
	 * {@link ReqlJson#writeNumber}.
	 */
	void writeJson(JsonGenerator generator);

}
