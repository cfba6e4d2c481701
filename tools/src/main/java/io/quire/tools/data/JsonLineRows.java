package io.quire.tools.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * One JSON document per line (ndjson); blank lines are skipped, and so can a malformed
 * line be.
 */
final class JsonLineRows implements RowSource {

	private final BufferedReader reader;

	private final CountingInputStream counting;

	private final String name;

	private final long size;

	private long line;

	JsonLineRows(InputStream in, CountingInputStream counting, String name, long size) {
		this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
		this.counting = counting;
		this.name = name;
		this.size = size;
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable Row next() throws BadRowException, IOException {
		String text;
		do {
			text = this.reader.readLine();
			this.line++;
			if (text == null) {
				return null;
			}
		}
		while (text.isBlank());
		Object value;
		try {
			value = Json.mapper().readValue(text, Object.class);
		}
		catch (JacksonException ex) {
			throw new BadRowException(this.name, this.line, "malformed JSON: " + ex.getOriginalMessage(), true);
		}
		if (!(value instanceof Map<?, ?> document)) {
			throw new BadRowException(this.name, this.line, "expected a JSON object but found " + text, true);
		}
		return new Row(this.line, (Map<String, @Nullable Object>) document);
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
		this.reader.close();
	}

}
