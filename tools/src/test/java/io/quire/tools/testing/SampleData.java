package io.quire.tools.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.driver.Connection;
import io.quire.driver.query.ReqlFunction3;
import io.quire.driver.query.Table;
import tools.jackson.databind.JsonNode;

import static io.quire.driver.Quire.r;

/**
 * A database {@code app} with the values a move must keep: Unicode, nested objects, times
 * with their zone, binary; a table with another primary key; secondary indexes (simple,
 * compound, multi, function) and a write hook.
 */
public final class SampleData {

	public static final int PEOPLE = 250;

	private SampleData() {
	}

	public static void create(Connection connection) {
		r.dbCreate("app").runAtom(connection, Map.class);
		r.db("app").tableCreate("people").runAtom(connection, Map.class);
		r.db("app").tableCreate("orders").optArg("primary_key", "order_id").runAtom(connection, Map.class);
		people().insert(r.expr(people(PEOPLE))).runAtom(connection, Map.class);
		r.db("app").table("orders").insert(r.expr(orders())).runAtom(connection, Map.class);
		people().indexCreate("email").runAtom(connection, Map.class);
		people().indexCreate("name_city", (p) -> r.array(p.g("name"), p.g("address").g("city")))
			.runAtom(connection, Map.class);
		people().indexCreate("tags").optArg("multi", true).runAtom(connection, Map.class);
		people().indexCreate("double_age", (p) -> p.g("age").mul(2)).runAtom(connection, Map.class);
		people().indexWait().runAtom(connection, List.class);
		r.db("app").table("orders").indexCreate("depot").optArg("geo", true).runAtom(connection, Map.class);
		r.db("app").table("orders").indexWait().runAtom(connection, List.class);
		ReqlFunction3 hook = (context, oldVal, newVal) -> newVal.merge(r.expr(Map.of("hooked", true)));
		people().setWriteHook(hook).runAtom(connection, Map.class);
	}

	public static Table people() {
		return r.db("app").table("people");
	}

	static List<Map<String, Object>> people(int count) {
		List<Map<String, Object>> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, Object> person = new LinkedHashMap<>();
			person.put("id", i);
			person.put("name", (i % 3 == 0) ? "Zoë Ñúñez 日本 " + i : "person " + i);
			person.put("email", "p" + i + "@example.com");
			person.put("age", 20 + i % 50);
			person.put("score", i / 7.0);
			person.put("tags", List.of("t" + (i % 4), "t" + (i % 5)));
			person.put("address", Map.of("city", "Ville-" + (i % 10), "geo", Map.of("lat", i * 0.5, "lon", -i)));
			person.put("born", OffsetDateTime.of(1980 + i % 30, 1 + i % 12, 1 + i % 28, 12, 30, 15, 0,
					ZoneOffset.ofHours(i % 12 - 6)));
			person.put("photo", new byte[] { (byte) i, 0, (byte) 255, 10, 13 });
			person.put("nothing", null);
			person.put("flag", i % 2 == 0);
			people.add(person);
		}
		return people;
	}

	static List<Map<String, Object>> orders() {
		List<Map<String, Object>> orders = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			Map<String, Object> depot = Map.of("$reql_type$", "GEOMETRY", "type", "Point", "coordinates",
					List.of(i % 3, 45.0 + i % 2));
			orders.add(Map.of("order_id", "o-" + i, "person", i, "lines", List.of(Map.of("sku", "s" + i, "qty", i)),
					"depot", depot));
		}
		return orders;
	}

	/** Every document of a table as the server sends it, by primary key. */
	public static Map<String, JsonNode> documents(Connection connection, Table table, String primaryKey) {
		Map<String, JsonNode> documents = new java.util.TreeMap<>();
		try (var cursor = table.run(connection, JsonNode.class)) {
			cursor.forEachRemaining((doc) -> documents.put(doc.get(primaryKey).toString(), doc));
		}
		return documents;
	}

}
