package io.quire.engine.query;

import java.util.List;

import io.quire.engine.QueryException;
import io.quire.protocol.ErrorType;
import io.quire.protocol.ResponseType;
import io.quire.protocol.TermType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReqlQueryRunnerTests {

	private final ReqlTester reql = new ReqlTester();

	@Test
	void datumIsReturnedAsAtom() {
		QueryResult result = this.reql.result("[24,[1,2]]", "{}");
		assertThat(result).isInstanceOf(QueryResult.Atom.class);
		assertThat(((QueryResult.Atom) result).value()).isEqualTo(3.0);
	}

	@Test
	void insertThenGetRoundTrips() {
		this.reql.value("[60,[\"users\"]]");
		String summary = this.reql.json("[56,[[15,[\"users\"]],{\"id\":1,\"name\":\"Ann\"}]]");
		assertThat(summary)
			.isEqualTo("{\"deleted\":0,\"errors\":0,\"inserted\":1,\"replaced\":0,\"skipped\":0,\"unchanged\":0}");
		assertThat(this.reql.json("[16,[[15,[\"users\"]],1]]")).isEqualTo("{\"id\":1,\"name\":\"Ann\"}");
		assertThat(this.reql.json("[16,[[15,[\"users\"]],2]]")).isEqualTo("null");
	}

	@Test
	void insertGeneratesKeysWhenPrimaryKeyIsMissing() {
		this.reql.value("[60,[\"t\"]]");
		Object summary = this.reql.value("[56,[[15,[\"t\"]],[2,[{\"a\":1},{\"a\":2}]]]]");
		assertThat(summary).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsEntry("inserted", 2.0)
			.extractingByKey("generated_keys")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.hasSize(2)
			.allSatisfy((key) -> assertThat((String) key)
				.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}"));
	}

	@Test
	void duplicateInsertReportsFirstErrorWithPrettyDocuments() {
		this.reql.table("t", "[{\"id\":2,\"a\":2}]");
		String summary = this.reql.json("[56,[[15,[\"t\"]],{\"id\":2,\"b\":20}]]");
		assertThat(summary).contains("\"errors\":1")
			.contains(
					"\"first_error\":\"Duplicate primary key `id`:\\n{\\n\\t\\\"a\\\":\\t2,\\n\\t\\\"id\\\":\\t2\\n}\\n{\\n\\t\\\"b\\\":\\t20,\\n\\t\\\"id\\\":\\t2\\n}\"");
	}

	@Test
	void filterWithLambdaReturnsLazyStream() {
		this.reql.table("t", "[{\"id\":1,\"age\":30},{\"id\":2,\"age\":40},{\"id\":3,\"age\":30}]");
		String filter = "[39,[[15,[\"t\"]],[69,[[2,[1]],[17,[[170,[[10,[1]],\"age\"]],30]]]]]]";
		QueryResult result = this.reql.result(filter, "{}");
		assertThat(result).isInstanceOf(QueryResult.Sequence.class);
		assertThat(this.reql.json(filter)).isEqualTo("[{\"age\":30,\"id\":1},{\"age\":30,\"id\":3}]");
	}

	@Test
	void filterWithObjectAndImplicitVariable() {
		this.reql.table("t", "[{\"id\":1,\"age\":30},{\"id\":2,\"age\":40}]");
		assertThat(this.reql.json("[39,[[15,[\"t\"]],{\"age\":40}]]")).isEqualTo("[{\"age\":40,\"id\":2}]");
		assertThat(this.reql.json("[39,[[15,[\"t\"]],[69,[[2,[7]],[21,[[170,[[13,[]],\"age\"]],35]]]]]]"))
			.isEqualTo("[{\"age\":40,\"id\":2}]");
	}

	@Test
	void updateAndDeleteWriteSummaries() {
		this.reql.table("t", "[{\"id\":1,\"n\":1},{\"id\":2,\"n\":2}]");
		assertThat(this.reql.json("[53,[[15,[\"t\"]],{\"n\":2}]]")).contains("\"replaced\":1")
			.contains("\"unchanged\":1");
		assertThat(this.reql.json("[53,[[16,[[15,[\"t\"]],9]],{\"n\":2}]]")).contains("\"skipped\":1");
		assertThat(this.reql.json("[54,[[16,[[15,[\"t\"]],1]]],{\"return_changes\":true}]"))
			.contains("\"changes\":[{\"new_val\":null,\"old_val\":{\"id\":1,\"n\":2}}]")
			.contains("\"deleted\":1");
		assertThat(this.reql.json("[43,[[15,[\"t\"]]]]")).isEqualTo("1");
	}

	@Test
	void multiRowWritesShareOneCommit() {
		this.reql.table("t", "[{\"id\":1},{\"id\":2},{\"id\":3}]");
		MemoryTable table = (MemoryTable) this.reql.catalog().table("test", "t");
		int before = table.modifyAllCalls;
		assertThat(this.reql.json("[53,[[15,[\"t\"]],{\"x\":1}]]")).contains("\"replaced\":3");
		assertThat(table.modifyAllCalls).isEqualTo(before + 1);
	}

	@Test
	void updateCannotChangePrimaryKey() {
		this.reql.table("t", "[{\"id\":1}]");
		assertThat(this.reql.json("[53,[[15,[\"t\"]],{\"id\":2}]]")).contains("\"errors\":1")
			.contains("Primary key `id` cannot be changed");
	}

	@Test
	void missingTableIsAnOpFailedError() {
		QueryException error = this.reql.error("[15,[\"foo\"]]");
		assertThat(error.getMessage()).isEqualTo("Table `test.foo` does not exist.");
		assertThat(error.errorType()).isEqualTo(ErrorType.OP_FAILED);
	}

	@Test
	void streamIsServedInSeveralBatches() throws InterruptedException {
		this.reql.value("[60,[\"t\"]]");
		this.reql.value("[56,[[15,[\"t\"]],[38,[[173,[10]],[69,[[2,[1]],{\"id\":[10,[1]]}]]]]]]");
		QueryResult result = this.reql.result("[15,[\"t\"]]", "{\"max_batch_rows\":3}");
		ResultStream stream = ((QueryResult.Sequence) result).stream();
		assertThat(stream.nextBatch()).satisfies((batch) -> {
			assertThat(batch.rows()).hasSize(3);
			assertThat(batch.last()).isFalse();
		});
		assertThat(stream.nextBatch().rows()).hasSize(3);
		assertThat(stream.nextBatch().rows()).hasSize(3);
		ResultStream.Batch last = stream.nextBatch();
		assertThat(last.rows()).hasSize(1);
		assertThat(last.last()).isTrue();
	}

	@Test
	void firstBatchIsScaledDownByBytes() throws InterruptedException {
		this.reql.value("[60,[\"t\"]]");
		this.reql
			.value("[56,[[15,[\"t\"]],[38,[[173,[100]],[69,[[2,[1]],{\"id\":[10,[1]],\"pad\":\"0123456789\"}]]]]]]");
		QueryResult result = this.reql.result("[15,[\"t\"]]", "{\"max_batch_bytes\":1000}");
		ResultStream stream = ((QueryResult.Sequence) result).stream();
		int first = stream.nextBatch().rows().size();
		int second = stream.nextBatch().rows().size();
		assertThat(first).isLessThan(second);
	}

	@Test
	void unknownGlobalOptargIsACompileError() {
		QueryException error = this.reql.error("1", "{\"foo\":1}");
		assertThat(error.responseType()).isEqualTo(ResponseType.COMPILE_ERROR);
		assertThat(error.getMessage()).isEqualTo("Unrecognized global optional argument `foo`.");
	}

	@Test
	void unknownOptargAndWrongArityAreCompileErrors() {
		assertThat(this.reql.error("[53,[[15,[\"t\"]],{}],{\"foo\":1}]").getMessage())
			.isEqualTo("Unrecognized optional argument `foo`.");
		assertThat(this.reql.error("[17,[]]").getMessage()).isEqualTo("Expected 1 or more arguments but found 0.");
		assertThat(this.reql.error("[16,[[15,[\"t\"]]]]").getMessage()).isEqualTo("Expected 2 arguments but found 1.");
	}

	@Test
	void errorsCarryBacktraceFramesDownToTheFailingTerm() {
		QueryException error = this.reql.error("[24,[1,[24,[2,\"a\"]]]]");
		assertThat(error.getMessage()).isEqualTo("Expected type NUMBER but found STRING.");
		assertThat(error.backtrace()).isEqualTo(List.of(1));
	}

	@Test
	void arrayLimitIsEnforcedWithRethinkDbsAdvice() {
		QueryException error = this.reql.error("[2,[1,2,3]]", "{\"array_limit\":2}");
		assertThat(error.errorType()).isEqualTo(ErrorType.RESOURCE_LIMIT);
		assertThat(error.getMessage()).isEqualTo("Array over size limit `2`.  To raise the number of allowed elements, "
				+ "modify the `array_limit` option to `.run` (not available in the Data Explorer), or use an index.");
	}

	@Test
	void arrayLimitMustBeAPositiveInteger() {
		assertThat(this.reql.error("[2,[1]]", "{\"array_limit\":0}").getMessage())
			.isEqualTo("Illegal array size limit `0`.  (Must be >= 1.)");
		assertThat(this.reql.error("[2,[1]]", "{\"array_limit\":-1}").getMessage())
			.isEqualTo("Illegal array size limit `-1`.  (Must be >= 1.)");
	}

	@Test
	void argumentsSplicedByArgsAreCountedWhenTheQueryRuns() {
		QueryException error = this.reql.error("[103,[[154,[[2,[1,2,3]]]]]]");
		assertThat(error.errorType()).isEqualTo(ErrorType.QUERY_LOGIC);
		assertThat(error.getMessage()).isEqualTo("Expected 0 arguments but found 3.");
	}

	@Test
	void profileIsReturnedOnlyWhenAskedFor() {
		assertThat(((QueryResult.Atom) this.reql.result("1", "{}")).profile()).isNull();
		QueryResult.Atom profiled = (QueryResult.Atom) this.reql.result("[24,[1,1]]", "{'profile':true}");
		assertThat(profiled.value()).isEqualTo(2.0);
		assertThat(io.quire.engine.datum.Printer.json(profiled.profile()))
			.startsWith("[{\"description\":\"Evaluating add.\"");
	}

	@Test
	void defaultDatabaseComesFromTheDbOptarg() {
		this.reql.value("[57,['app']]");
		this.reql.value("[60,['t']]", "{'db':[14,['app']]}");
		assertThat(this.reql.json("[62,[[14,['app']]]]")).isEqualTo("[\"t\"]");
		assertThat(this.reql.json("[62,[]]")).isEqualTo("[]");
	}

	@Test
	void functionResultIsAnError() {
		assertThat(this.reql.error("[69,[[2,[1]],1]]").getMessage())
			.isEqualTo("Query result must be of type DATUM, GROUPED_DATA, or STREAM (got FUNCTION).");
	}

	@Test
	void indexFunctionComputesKeysAndIgnoresMissingFields() {
		var function = ReqlQueryRunner.compileIndexFunction(new io.quire.engine.catalog.IndexDefinition("a",
				ReqlTester.parse("[69,[[2,[1]],[31,[[10,[1]],\"a\"]]]]"), false, false));
		assertThat(function.keys(java.util.Map.of("a", 5.0))).containsExactly(5.0);
		assertThat(function.keys(java.util.Map.of("b", 5.0))).isEmpty();
	}

	@Test
	void multiIndexFunctionYieldsEachDistinctElement() {
		var definition = new io.quire.engine.catalog.IndexDefinition("tags",
				ReqlTester.parse("[69,[[2,[1]],[31,[[10,[1]],'tags']]]]"), true, false);
		var function = ReqlQueryRunner.compileIndexFunction(definition);
		assertThat(function.keys(java.util.Map.of("tags", List.of("b", "a", "b")))).containsExactly("a", "b");
		assertThat(function.keys(java.util.Map.of("tags", "solo"))).containsExactly("solo");
	}

	@Test
	void topLevelTypeNamesTheOutermostTerm() {
		assertThat(ReqlQueryRunner.topLevelType(ReqlTester.parse("[39,[[15,[\"t\"]],{}]]"))).isEqualTo(TermType.FILTER);
		assertThat(ReqlQueryRunner.topLevelType(1)).isEqualTo(TermType.DATUM);
	}

}
