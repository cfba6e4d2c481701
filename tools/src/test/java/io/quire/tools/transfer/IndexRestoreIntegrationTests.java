package io.quire.tools.transfer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.quire.tools.testing.TestServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IndexRestoreIntegrationTests {

	private static final TableName TABLE = new TableName("d", "t");

	private TestServer server;

	@BeforeEach
	void startServer() {
		this.server = TestServer.inMemory();
		r.dbCreate("d").runAtom(this.server.connection(), Map.class);
		r.db("d").tableCreate("t").runAtom(this.server.connection(), Map.class);
		r.db("d")
			.table("t")
			.insert(r.expr(List.of(Map.of("id", 1, "a", 1, "b", 2))))
			.runAtom(this.server.connection(), Map.class);
	}

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void interruptionBetweenIndexesDropsTheIndexesAlreadyCreated() {
		assertInterruptedLeavesNoIndex(Interruption.afterChecks(2));
	}

	@Test
	void interruptionAfterTheLastIndexStillDropsThemAll() {
		assertInterruptedLeavesNoIndex(Interruption.afterChecks(4));
	}

	@Test
	void indexTheServerRefusesIsAWarningAndTheOthersStay() {
		List<Map<String, @Nullable Object>> indexes = List.of(index("a"),
				Map.of("index", "bad", "function", binary("[1,2,3]"), "multi", false, "geo", false), index("b"));
		StringWriter out = new StringWriter();
		int warnings = new IndexRestore(this.server.connection(), TABLE, new PrintWriter(out, true),
				Interruption.afterChecks(-1))
			.restore(indexes, null);
		assertThat(warnings).isEqualTo(1);
		assertThat(out.toString()).startsWith("Warning: index `bad` of d.t was not restored: ");
		assertThat(r.db("d").table("t").indexList().runAtom(this.server.connection(), List.class)).containsExactly("a",
				"b");
	}

	@Test
	void multiIndexAndHookInTheJsonFormOfOlderQuireDumpsStillRestore() {
		r.db("d")
			.table("t")
			.insert(r.expr(Map.of("id", 2, "tags", List.of("x", "y"))))
			.runAtom(this.server.connection(), Map.class);
		Map<String, @Nullable Object> tags = Map.of("index", "tags", "function",
				binary("[69,[[2,[1]],[170,[[10,[1]],\"tags\"]]]]"), "multi", true, "geo", false);
		Map<String, @Nullable Object> hook = Map.of("function",
				binary("[69,[[2,[1,2,3]],[35,[[10,[3]],{\"hooked\":true}]]]]"));
		int warnings = new IndexRestore(this.server.connection(), TABLE, new PrintWriter(new StringWriter()),
				Interruption.afterChecks(-1))
			.restore(List.of(tags), hook);
		assertThat(warnings).isZero();
		assertThat(r.db("d")
			.table("t")
			.getAll("y")
			.optArg("index", "tags")
			.count()
			.runAtom(this.server.connection(), Long.class)).isEqualTo(1);
		r.db("d").table("t").insert(r.expr(Map.of("id", 3))).runAtom(this.server.connection(), Map.class);
		assertThat(r.db("d").table("t").get(3).g("hooked").runAtom(this.server.connection(), Boolean.class)).isTrue();
	}

	private void assertInterruptedLeavesNoIndex(Interruption interruption) {
		List<Map<String, @Nullable Object>> indexes = List.of(index("a"), index("b"), index("c"));
		IndexRestore restore = new IndexRestore(this.server.connection(), TABLE, new PrintWriter(new StringWriter()),
				interruption);
		assertThatExceptionOfType(Interruption.InterruptedRunException.class)
			.isThrownBy(() -> restore.restore(indexes, null));
		assertThat(r.db("d").table("t").indexList().runAtom(this.server.connection(), List.class)).isEmpty();
	}

	private static Map<String, @Nullable Object> index(String field) {
		String function = "[69,[[2,[1]],[170,[[10,[1]],\"" + ((field.equals("c")) ? "a" : field) + "\"]]]]";
		return Map.of("index", field, "function", binary(function), "multi", false, "geo", false);
	}

	private static Map<String, Object> binary(String text) {
		return Map.of("$reql_type$", "BINARY", "data",
				Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
	}

}
