package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn2;
import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class WriteTermsTests {

	private static final String ZERO = "\"deleted\":0,\"errors\":0,";

	private final ReqlTester reql = new ReqlTester();

	@BeforeEach
	void rows() {
		this.reql.table("t", "[{'id':1,'n':1},{'id':2,'n':2}]");
	}

	@Test
	void insertConflictOptions() {
		assertThat(this.reql.json("[56,[" + table("t") + ",{'id':1,'m':5}],{'conflict':'replace'}]"))
			.contains("\"replaced\":1");
		assertThat(this.reql.json("[16,[" + table("t") + ",1]]")).isEqualTo("{\"id\":1,\"m\":5}");
		assertThat(this.reql.json("[56,[" + table("t") + ",{'id':1,'n':7}],{'conflict':'update'}]"))
			.contains("\"replaced\":1");
		assertThat(this.reql.json("[16,[" + table("t") + ",1]]")).isEqualTo("{\"id\":1,\"m\":5,\"n\":7}");
		String resolver = "[69,[[2,[1,2,3]],[35,[[10,[2]],{'n':[24,[" + field("[10,[2]]", "n") + ","
				+ field("[10,[3]]", "n") + "]]}]]]]";
		assertThat(this.reql.json("[56,[" + table("t") + ",{'id':2,'n':40}],{'conflict':" + resolver + "}]"))
			.contains("\"replaced\":1");
		assertThat(this.reql.json(field("[16,[" + table("t") + ",2]]", "n"))).isEqualTo("42");
		assertThat(this.reql.error("[56,[" + table("t") + ",{'id':1}],{'conflict':'x'}]").getMessage())
			.isEqualTo("Conflict option `x` unrecognized (options are \"error\", \"replace\" and \"update\").");
	}

	@Test
	void insertUnchangedDocumentCountsAsUnchanged() {
		assertThat(this.reql.json("[56,[" + table("t") + ",{'id':1,'n':1}],{'conflict':'replace'}]"))
			.isEqualTo("{" + ZERO + "\"inserted\":0,\"replaced\":0,\"skipped\":0,\"unchanged\":1}");
	}

	@Test
	void insertNonObjectsCountAsErrors() {
		assertThat(this.reql.json("[56,[" + table("t") + ",[2,[1,{'id':3}]]]]")).isEqualTo(
				"{\"deleted\":0,\"errors\":1,\"first_error\":\"Expected type OBJECT but found NUMBER.\",\"inserted\":1,"
						+ "\"replaced\":0,\"skipped\":0,\"unchanged\":0}");
	}

	@Test
	void insertFromStream() {
		assertThat(this.reql.json("[56,[" + table("t") + ",[38,[[173,[3,6]]," + fn("{'id':" + X + "}") + "]]]]"))
			.contains("\"inserted\":3");
	}

	@Test
	void returnChangesAlwaysIncludesUnchangedAndErrors() {
		String summary = this.reql.json("[56,[" + table("t")
				+ ",[2,[{'id':1,'n':1},{'id':9}]]],{'return_changes':'always','conflict':'replace'}]");
		assertThat(summary).contains("\"changes\":[{\"new_val\":{\"id\":1,\"n\":1},\"old_val\":{\"id\":1,\"n\":1}},"
				+ "{\"new_val\":{\"id\":9},\"old_val\":null}]");
		assertThat(this.reql.json("[53,[" + table("t") + ",{'n':1}],{'return_changes':true}]"))
			.contains("\"changes\":[{\"new_val\":{\"id\":2,\"n\":1},\"old_val\":{\"id\":2,\"n\":2}},{");
	}

	@Test
	void updateWithFunctionAndLiteral() {
		this.reql.value("[53,[" + table("t") + "," + fn("{'n':[26,[" + field(X, "n") + ",10]],'o':{'p':1}}") + "]]");
		assertThat(this.reql.json(field("[41,[" + table("t") + ",'id']]", "n"))).isEqualTo("[10,20]");
		this.reql.value("[53,[[16,[" + table("t") + ",1]],{'o':[137,[{'q':2}]]}]]");
		assertThat(this.reql.json(field("[16,[" + table("t") + ",1]]", "o"))).isEqualTo("{\"q\":2}");
	}

	@Test
	void replaceInsertsDeletesAndChecksKey() {
		assertThat(this.reql.json("[55,[[16,[" + table("t") + ",5]],{'id':5}]]")).contains("\"inserted\":1");
		assertThat(this.reql.json("[55,[[16,[" + table("t") + ",5]],null]]")).contains("\"deleted\":1");
		assertThat(this.reql.json("[55,[[16,[" + table("t") + ",1]],{'n':1}]]"))
			.contains("\"first_error\":\"Inserted object must have primary key `id`:");
		assertThat(this.reql.json("[55,[" + table("t") + "," + fn("[34,[" + X + ",'n']]") + "]]"))
			.contains("\"replaced\":2");
	}

	@Test
	void anErrorInAnUpdateDatumIsEachRowsErrorNotTheQuerys() {
		String one = "[16,[" + table("t") + ",1]]";
		assertThat(this.reql.json("[53,[" + one + ",{'x':[12,['a']]}],{'return_changes':true}]"))
			.isEqualTo("{\"changes\":[]," + ZERO.replace("\"errors\":0", "\"errors\":1")
					+ "\"first_error\":\"a\",\"inserted\":0,\"replaced\":0,\"skipped\":0,\"unchanged\":0}");
		assertThat(this.reql.json("[53,[" + table("t") + ",{'x':[12,['a']]}]]")).contains("\"errors\":2");
		assertThat(this.reql.json(one)).isEqualTo("{\"id\":1,\"n\":1}");
	}

	@Test
	void anUpdateDatumThatWouldFailReachingNoRowReportsNoError() {
		String none = "[39,[" + table("t") + ",{'n':99}]]";
		assertThat(this.reql.json("[53,[" + none + ",{'x':[12,['a']]}]]"))
			.isEqualTo("{" + ZERO + "\"inserted\":0,\"replaced\":0,\"skipped\":0,\"unchanged\":0}");
		assertThat(this.reql.json("[53,[[16,[" + table("t") + ",7]],{'x':[12,['a']]}]]")).contains("\"skipped\":1");
	}

	@Test
	void aReplaceDatumThatErrorsReportsTheErrorWithEachChangeWhenAskedAlways() {
		assertThat(this.reql.json("[55,[[16,[" + table("t") + ",1]],{'x':[12,['a']]}],{'return_changes':'always'}]"))
			.contains("\"changes\":[{\"error\":\"a\",\"new_val\":{\"id\":1,\"n\":1},\"old_val\":{\"id\":1,\"n\":1}}]")
			.contains("\"errors\":1,\"first_error\":\"a\"");
	}

	@Test
	void deleteFilteredRows() {
		assertThat(this.reql.json("[54,[[39,[" + table("t") + ",{'n':2}]]]]")).contains("\"deleted\":1");
		assertThat(this.reql.json("[43,[" + table("t") + "]]")).isEqualTo("1");
	}

	@Test
	void writesOnNonSelectionsFail() {
		assertThat(this.reql.error("[54,[[2,[1]]]]").getMessage())
			.isEqualTo("Expected type SELECTION but found DATUM:\n[1]");
	}

	@Test
	void badDurabilityIsRejected() {
		var error = this.reql.error("[56,[" + table("t") + ",{}],{'durability':'x'}]");
		assertThat(error.getMessage())
			.isEqualTo("Durability option `x` unrecognized (options are \"hard\" and \"soft\").");
		assertThat(error.backtrace()).containsExactly("durability");
	}

	@Test
	void forEachSumsWriteResults() {
		assertThat(this.reql.json("[68,[[2,[7,8]]," + fn("[56,[" + table("t") + ",{'id':" + X + "}]]") + "]]"))
			.isEqualTo("{" + ZERO + "\"inserted\":2,\"replaced\":0,\"skipped\":0,\"unchanged\":0}");
	}

	@Test
	void syncReportsSynced() {
		assertThat(this.reql.json("[138,[" + table("t") + "]]")).isEqualTo("{\"synced\":1}");
	}

	@Test
	void alwaysReturnedChangesOfAFailedRowShowTheRowAsItStays() {
		String duplicate = "[56,[" + table("t") + ",{'id':1}],{'return_changes':'always'}]";
		String change = this.reql.json("[170,[" + field(duplicate, "changes") + ",0]]");
		assertThat(change).startsWith("{\"error\":\"Duplicate primary key `id`:")
			.endsWith("\"new_val\":{\"id\":1,\"n\":1},\"old_val\":{\"id\":1,\"n\":1}}");
		String failing = "[53,[[16,[" + table("t") + ",2]]," + fn("{'n':[12,['a']]}")
				+ "],{'return_changes':'always'}]";
		assertThat(this.reql.json(field(failing, "changes")))
			.isEqualTo("[{\"error\":\"a\",\"new_val\":{\"id\":2,\"n\":2},\"old_val\":{\"id\":2,\"n\":2}}]");
		assertThat(this.reql.json(field("[56,[" + table("t") + ",{'id':1}],{'return_changes':true}]", "changes")))
			.isEqualTo("[]");
	}

	@Test
	void forEachNamesWhatItGotInsteadOfAWrite() {
		assertThat(this.reql.error("[68,[[2,[1,2]]," + fn(X) + "]]").getMessage())
			.isEqualTo("FOR_EACH expects one or more basic write queries.  Expected type ARRAY but found NUMBER.");
		assertThat(this.reql.error("[68,[[2,[1,2]]," + fn(table("t")) + "]]").getMessage())
			.isEqualTo("FOR_EACH expects one or more basic write queries.");
	}

	@Test
	void aConflictFunctionMustTakeThreeArgumentsAndGiveAnObject() {
		assertThat(this.reql.error("[56,[" + table("t") + ",{'id':1}],{'conflict':" + fn2(X) + "}]").getMessage())
			.isEqualTo("The conflict function passed to `insert` should expect 3 arguments.");
		assertThat(this.reql.json("[56,[" + table("t") + ",{'id':1}],{'conflict':[69,[[2,[1,2,3]],2]]}]"))
			.contains("\"first_error\":\"Inserted value must be an OBJECT (got NUMBER):\\n2\"");
	}

	@Test
	void documentsWithArraysOverOneHundredThousandElementsAreNotWritten() {
		assertThat(this.reql.json("[56,[" + table("t") + ",{'id':3,'a':[51,[[173,[100001]],'array']]}]]",
				"{'array_limit':200000}"))
			.contains("\"first_error\":\"Array too large for disk writes (limit 100,000 elements).\"");
		assertThat(this.reql.json("[16,[" + table("t") + ",3]]")).isEqualTo("null");
	}

	@Test
	void returnValsIsReportedObsolete() {
		assertThat(this.reql.error("[56,[" + table("t") + ",{'id':3}],{'return_vals':true}]").getMessage())
			.isEqualTo("Error: encountered obsolete optarg `return_vals`.  Use `return_changes` instead.");
	}

	@Test
	void changesOverTheArrayLimitAreDroppedWithAWarning() {
		String result = this.reql.json("[53,[" + table("t") + ",{'m':1}],{'return_changes':true}]",
				"{'array_limit':1}");
		assertThat(result).contains("\"replaced\":2")
			.contains("\"warnings\":[\"Too many changes, array truncated to 1.\"]");
		assertThat(this.reql.json("[43,[[170,[[53,[" + table("t") + ",{'m':2}],{'return_changes':true}],'changes']]]]",
				"{'array_limit':1}"))
			.isEqualTo("1");
	}

	@Test
	void aKeyTooLongFailsOnlyItsOwnDocumentOfABatch() {
		String longKey = "a".repeat(500);
		String result = this.reql.json("[56,[" + table("t") + ",[2,[{'id':5},{'id':'" + longKey + "'},{'id':6}]]]]");
		assertThat(result).contains("\"inserted\":2")
			.contains("\"errors\":1")
			.contains("\"first_error\":\"Primary key too long (max 127 characters): ");
	}

}
