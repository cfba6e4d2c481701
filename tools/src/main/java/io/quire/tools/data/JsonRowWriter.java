package io.quire.tools.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON array with one document per line ({@code [\n{...},\n{...}\n]\n}), or ndjson.
 */
final class JsonRowWriter implements RowWriter {

	private final OutputStream out;

	private final boolean ndjson;

	private final @Nullable List<String> fields;

	private long bytes;

	private boolean first = true;

	JsonRowWriter(Path file, boolean ndjson, @Nullable List<String> fields) throws IOException {
		this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
		this.ndjson = ndjson;
		this.fields = fields;
		if (!ndjson) {
			write("[");
		}
	}

	@Override
	public void write(JsonNode document) throws IOException {
		String separator = this.first ? (this.ndjson ? "" : "\n") : (this.ndjson ? "\n" : ",\n");
		this.first = false;
		write(separator);
		byte[] json = Json.mapper().writeValueAsBytes(kept(document));
		this.out.write(json);
		this.bytes += json.length;
	}

	private JsonNode kept(JsonNode document) {
		if (this.fields == null || !(document instanceof ObjectNode object)) {
			return document;
		}
		ObjectNode kept = object.deepCopy();
		kept.retain(this.fields);
		return kept;
	}

	private void write(String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		this.out.write(bytes);
		this.bytes += bytes.length;
	}

	@Override
	public long bytesWritten() {
		return this.bytes;
	}

	@Override
	public void close() throws IOException {
		try (this.out) {
			write(this.ndjson ? (this.first ? "" : "\n") : "\n]\n");
		}
	}

}
