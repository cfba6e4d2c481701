package io.quire.engine.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the catalog stores about a secondary index: its definition, the keyspace holding
 * its entries, and whether it was fully built. The function term is kept as JSON text so
 * that it comes back with the number types the client sent.
 */
record IndexMetadata(IndexDefinition definition, UUID id, boolean ready) {

	private static final JsonMapper JSON = new JsonMapper();

	String keyspace() {
		return "index:" + this.id;
	}

	IndexMetadata withName(String name) {
		IndexDefinition renamed = new IndexDefinition(name, this.definition.function(), this.definition.multi(),
				this.definition.geo());
		return new IndexMetadata(renamed, this.id, this.ready);
	}

	IndexMetadata asReady() {
		return new IndexMetadata(this.definition, this.id, true);
	}

	Map<String, Object> toDatum() {
		Map<String, Object> datum = new LinkedHashMap<>();
		datum.put("name", this.definition.name());
		datum.put("function", JSON.writeValueAsString(this.definition.function()));
		datum.put("multi", this.definition.multi());
		datum.put("geo", this.definition.geo());
		datum.put("id", this.id.toString());
		datum.put("ready", this.ready);
		return datum;
	}

	static IndexMetadata fromDatum(Map<String, Object> datum) {
		Object function = JSON.readValue((String) datum.get("function"), Object.class);
		IndexDefinition definition = new IndexDefinition((String) datum.get("name"), function,
				(Boolean) datum.get("multi"), (Boolean) datum.get("geo"));
		return new IndexMetadata(definition, UUID.fromString((String) datum.get("id")), (Boolean) datum.get("ready"));
	}

}
