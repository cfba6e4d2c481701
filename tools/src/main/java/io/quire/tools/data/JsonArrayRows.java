package io.quire.tools.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;

/**
 * The documents of a JSON array, streamed. A syntax error cannot be skipped: the rest of
 * an array has no reliable start.
 */
final class JsonArrayRows implements RowSource {

	private static final TypeReference<Map<String, @Nullable Object>> DOCUMENT = new TypeReference<>() {
	};

	private final JsonParser parser;

	private final CountingInputStream counting;

	private final String name;

	private final long size;

	private boolean started;

	JsonArrayRows(InputStream in, CountingInputStream counting, String name, long size) {
		this.parser = Json.mapper().createParser(in);
		this.counting = counting;
		this.name = name;
		this.size = size;
	}

	@Override
	public @Nullable Row next() throws BadRowException {
		try {
			if (!this.started) {
				this.parser.nextToken();
				this.started = true;
			}
			JsonToken token = this.parser.nextToken();
			long line = this.parser.currentTokenLocation().getLineNr();
			if (token == JsonToken.END_ARRAY) {
				return end();
			}
			if (token != JsonToken.START_OBJECT) {
				throw new BadRowException(this.name, line, "expected a JSON object but found " + describe(token),
						false);
			}
			return new Row(line, this.parser.readValueAs(DOCUMENT));
		}
		catch (JacksonException ex) {
			long line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : -1;
			throw new BadRowException(this.name, line, "malformed JSON: " + ex.getOriginalMessage(), false);
		}
	}

	private @Nullable Row end() throws BadRowException {
		JsonToken after = this.parser.nextToken();
		if (after != null) {
			throw new BadRowException(this.name, this.parser.currentTokenLocation().getLineNr(),
					"unexpected " + describe(after) + " after the end of the array", false);
		}
		return null;
	}

	private static String describe(@Nullable JsonToken token) {
		return (token != null) ? token.name() : "the end of the file";
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public long bytesRead() {
		return this.counting.count();
	}

	@Override
	public long size() {
		return this.size;
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

}
