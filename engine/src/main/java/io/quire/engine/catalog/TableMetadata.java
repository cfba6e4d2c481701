package io.quire.engine.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the catalog stores about a table, as one value of the metadata keyspace.
 */
record TableMetadata(UUID id, String database, String name, String primaryKey, Durability durability,
		List<IndexMetadata> indexes) {

	TableMetadata {
		indexes = List.copyOf(indexes);
	}

	String keyspace() {
		return "table:" + this.id;
	}

	String qualifiedName() {
		return this.database + "." + this.name;
	}

	TableMetadata withIndexes(List<IndexMetadata> indexes) {
		return new TableMetadata(this.id, this.database, this.name, this.primaryKey, this.durability, indexes);
	}

	TableMetadata renamed(String newDatabase, String newName, Durability newDurability) {
		return new TableMetadata(this.id, newDatabase, newName, this.primaryKey, newDurability, this.indexes);
	}

	Map<String, Object> toDatum() {
		Map<String, Object> datum = new LinkedHashMap<>();
		datum.put("id", this.id.toString());
		datum.put("db", this.database);
		datum.put("name", this.name);
		datum.put("primary_key", this.primaryKey);
		datum.put("durability", this.durability.name().toLowerCase(Locale.ROOT));
		datum.put("indexes", this.indexes.stream().map(IndexMetadata::toDatum).toList());
		return datum;
	}

	@SuppressWarnings("unchecked")
	static TableMetadata fromDatum(Map<String, Object> datum) {
		List<IndexMetadata> indexes = new ArrayList<>();
		for (Object index : (List<Object>) datum.get("indexes")) {
			indexes.add(IndexMetadata.fromDatum((Map<String, Object>) index));
		}
		return new TableMetadata(UUID.fromString((String) datum.get("id")), (String) datum.get("db"),
				(String) datum.get("name"), (String) datum.get("primary_key"),
				Durability.parse((String) datum.get("durability")), indexes);
	}

}
