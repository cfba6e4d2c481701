package io.quire.tools.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code
 *
<table>
 * .info} file of a dump, as {@code rethinkdb dump} writes it: the table's {@code info()}
 * (with {@code db}, {@code name}, {@code primary_key}), its {@code indexes} replaced by
 * the rows of {@code indexStatus()} (each with the index {@code function} as BINARY) and
 * a {@code write_hook} ({@code getWriteHook()}, or {@code null}).
 *
 * @param primaryKey the table's primary key
 * @param indexes the index status rows
 * @param writeHook the write hook object, or {@code null}
 */
public record TableInfo(String primaryKey, List<Map<String, @Nullable Object>> indexes,
		@Nullable Map<String, @Nullable Object> writeHook) {

	private static final TypeReference<Map<String, @Nullable Object>> OBJECT = new TypeReference<>() {
	};

	/** The info of a table with this primary key, no index and no hook. */
	public static TableInfo of(String primaryKey) {
		return new TableInfo(primaryKey, List.of(), null);
	}

	/**
	 * Read a {@code .info} file.
	 * @throws IOException if it cannot be read or is not such a file
	 */
	@SuppressWarnings("unchecked")
	public static TableInfo read(Path file) throws IOException {
		Map<String, @Nullable Object> info;
		try {
			info = Json.mapper().readValue(Files.readAllBytes(file), OBJECT);
		}
		catch (JacksonException ex) {
			throw new IOException(file.getFileName() + " is not a table info file: " + ex.getOriginalMessage(), ex);
		}
		Object primaryKey = info.getOrDefault("primary_key", "id");
		Object indexes = info.get("indexes");
		Object hook = info.get("write_hook");
		List<Map<String, @Nullable Object>> statuses = (indexes instanceof List<?> list
				&& (list.isEmpty() || list.get(0) instanceof Map)) ? (List<Map<String, @Nullable Object>>) indexes
						: List.of();
		return new TableInfo(String.valueOf(primaryKey), statuses,
				(hook instanceof Map<?, ?> map) ? (Map<String, @Nullable Object>) map : null);
	}

	/**
	 * The content of a {@code .info} file: the table's info with its indexes and write
	 * hook, on one line.
	 */
	public static String compose(JsonNode info, JsonNode indexStatus, @Nullable JsonNode writeHook) {
		ObjectNode composed = ((ObjectNode) info).deepCopy();
		composed.set("indexes", indexStatus);
		composed.set("write_hook", (writeHook != null) ? writeHook : composed.nullNode());
		return Json.mapper().writeValueAsString(composed) + "\n";
	}

}
