package io.quire.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secondary index keys far longer than RethinkDB's index key limit, through the official
 * Java driver: RethinkDB truncates such keys in the index and checks the stored value, so
 * its results are those of the full values; Quire's must be the same.
 */
class LongIndexKeyIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private QuireServer server;

	private Connection connection;

	/** The values in index order; each one's number says where it belongs. */
	private final List<String> values = new ArrayList<>();

	@BeforeEach
	void start() {
		this.server = QuireServer.builder().port(0).inMemory().build();
		this.server.start();
		this.connection = r.connection().hostname("127.0.0.1").port(this.server.port()).connect();
		r.tableCreate("t").run(this.connection);
		r.table("t").indexCreate("a").run(this.connection);
		r.table("t").indexWait("a").run(this.connection);
		addValues("a".repeat(1000), 100, 100);
		addValues("a".repeat(10) + "b", 200, 1);
		addValues("b".repeat(100), 300, 100);
		addValues("c".repeat(1000), 400, 100);
		addValues("c".repeat(1000), 500, 1);
		addValues("d".repeat(1000), 600, 1);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String value : this.values) {
			rows.add(Map.of("a", value, "num", number(value)));
		}
		r.table("t").insert(rows).run(this.connection);
	}

	private void addValues(String prefix, int first, int count) {
		for (int i = 0; i < count; i++) {
			this.values.add(prefix + (first + i));
		}
	}

	private static long number(String value) {
		return Long.parseLong(value.replaceAll("[a-d]", ""));
	}

	@AfterEach
	void stop() {
		this.connection.close(false);
		this.server.close();
	}

	@Test
	void orderByALongKeyIndexShouldFollowTheWholeValuesBothWays() {
		List<Long> expected = this.values.stream().map(LongIndexKeyIntegrationTests::number).toList();
		assertThat(numbers(r.table("t").orderBy().optArg("index", "a"))).isEqualTo(expected);
		assertThat(numbers(r.table("t").orderBy().optArg("index", r.desc("a")))).isEqualTo(reversed(expected));
	}

	@Test
	void betweenOnLongKeysShouldKeepExactlyTheRowsInRange() {
		String low = "a".repeat(1000) + "150";
		String high = "c".repeat(1000) + "450";
		assertThat(numbers(r.table("t").between(low, high).optArg("index", "a").orderBy("a")))
			.isEqualTo(expected((n) -> n >= 150 && n < 450));
		assertThat(numbers(r.table("t").between(r.minval(), high).optArg("index", "a").orderBy("a")))
			.isEqualTo(expected((n) -> n < 450));
		assertThat(numbers(r.table("t").between(low, r.maxval()).optArg("index", "a").orderBy("a")))
			.isEqualTo(expected((n) -> n >= 150));
	}

	@Test
	void getAllOnALongKeyShouldNotReturnRowsThatOnlyShareItsPrefix() {
		String key = "c".repeat(1000) + "417";
		assertThat(numbers(r.table("t").getAll(key).optArg("index", "a"))).containsExactly(417L);
		assertThat(numbers(r.table("t").getAll("c".repeat(1000)).optArg("index", "a"))).isEmpty();
	}

	@Test
	void longKeysShouldSortByValueWhatEverTheLengthOfThePrimaryKey() {
		r.table("t").delete().run(this.connection);
		r.table("t")
			.insert(List.of(Map.of("id", "a", "a", "A".repeat(300) + "1"),
					Map.of("id", "aa", "a", "A".repeat(300) + "0")))
			.run(this.connection);
		assertThat(ids(r.table("t").orderBy().optArg("index", "a"))).containsExactly("aa", "a");
		assertThat(ids(r.table("t").orderBy().optArg("index", r.desc("a")))).containsExactly("a", "aa");
	}

	private static List<Long> reversed(List<Long> list) {
		List<Long> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private List<Long> expected(java.util.function.LongPredicate keep) {
		return this.values.stream().map(LongIndexKeyIntegrationTests::number).filter(keep::test).toList();
	}

	private List<Long> numbers(com.rethinkdb.gen.ast.ReqlExpr query) {
		List<?> rows = (List<?>) query.g("num").coerceTo("array").runAtom(this.connection);
		return rows.stream().map(Long.class::cast).toList();
	}

	private List<Object> ids(com.rethinkdb.gen.ast.ReqlExpr query) {
		return List.copyOf((List<?>) query.g("id").coerceTo("array").runAtom(this.connection));
	}

}
