package io.quire.engine.term;

import io.quire.engine.query.QueryResult;
import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class SelectionTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@BeforeEach
	void rows() {
		this.reql.table("t",
				"[{'id':1,'g':'a','n':10},{'id':2,'g':'b','n':20},{'id':3,'g':'a','n':30},{'id':4,'g':'c'}]");
		this.reql.value("[75,[" + table("t") + ",'g']]");
		this.reql.value("[140,[" + table("t") + "]]");
	}

	@Test
	void tableInAnotherDatabase() {
		this.reql.value("[57,['other']]");
		this.reql.value("[60,[[14,['other']],'u']]");
		assertThat(this.reql.json("[43,[[15,[[14,['other']],'u']]]]")).isEqualTo("0");
		assertThat(this.reql.json("[43,[[15,['u']]]]", "{'db':[14,['other']]}")).isEqualTo("0");
		assertThat(this.reql.error("[15,[[14,['nope']],'u']]").getMessage())
			.isEqualTo("Database `nope` does not exist.");
	}

	@Test
	void readModeIsChecked() {
		assertThat(this.reql.json("[43,[[15,['t'],{'read_mode':'outdated'}]]]")).isEqualTo("4");
		assertThat(this.reql.error("[15,['t'],{'read_mode':'fast'}]").getMessage())
			.isEqualTo("Read mode `fast` unrecognized (options are \"majority\", \"single\", and \"outdated\").");
	}

	@Test
	void useOutdatedShouldBeRefusedByTableAlsoAsAGlobalOptarg() {
		String refused = "The `use_outdated` optarg is no longer supported.  Use the `read_mode` optarg instead.";
		var global = this.reql.error("[43,[[15,['t']]]]", "{'use_outdated':true}");
		assertThat(global.errorType()).isEqualTo(io.quire.protocol.ErrorType.QUERY_LOGIC);
		assertThat(global.getMessage()).isEqualTo(refused);
		assertThat(this.reql.error("[15,['t']]", "{'use_outdated':false}").getMessage()).isEqualTo(refused);
		assertThat(this.reql.error("[15,['t'],{'use_outdated':true}]").getMessage()).isEqualTo(refused);
		assertThat(this.reql.json("[24,[1,2]]", "{'use_outdated':true}")).as("only table reads the optarg")
			.isEqualTo("3");
	}

	@Test
	void getAllByPrimaryKeyAndIndex() {
		assertThat(this.reql.json(field("[78,[" + table("t") + ",3,1,9]]", "id"))).isEqualTo("[3,1]");
		assertThat(this.reql.json(field("[78,[" + table("t") + ",'a'],{'index':'g'}]", "id"))).isEqualTo("[1,3]");
	}

	@Test
	void betweenUsesBoundsAndIndexes() {
		assertThat(this.reql.json(field("[182,[" + table("t") + ",2,4]]", "id"))).isEqualTo("[2,3]");
		assertThat(this.reql
			.json(field("[182,[" + table("t") + ",2,4],{'right_bound':'closed','left_bound':'open'}]", "id")))
			.isEqualTo("[3,4]");
		assertThat(this.reql.json(field("[182,[" + table("t") + ",[180,[]],'b'],{'index':'g'}]", "id")))
			.isEqualTo("[1,3]");
		assertThat(this.reql.json(field("[36,[" + table("t") + ",3,[181,[]]]]", "id"))).isEqualTo("[3,4]");
		assertThat(this.reql.json("[182,[" + table("t") + ",[181,[]],[181,[]]]]")).isEqualTo("[]");
	}

	@Test
	void betweenRejectsNullBounds() {
		assertThat(this.reql.error("[182,[" + table("t") + ",null,2]]").getMessage())
			.startsWith("Cannot use `null` in BETWEEN");
	}

	@Test
	void filterLeavesOutRowsMissingAFieldUnlessDefaultSaysOtherwise() {
		String predicate = fn("[21,[" + field(X, "n") + ",15]]");
		assertThat(this.reql.json(field("[39,[" + table("t") + "," + predicate + "]]", "id"))).isEqualTo("[2,3]");
		assertThat(this.reql.json(field("[39,[" + table("t") + "," + predicate + "],{'default':true}]", "id")))
			.isEqualTo("[2,3,4]");
		assertThat(this.reql.error("[39,[" + table("t") + "," + predicate + "],{'default':[12,['missing']]}]")
			.getMessage()).isEqualTo("missing");
	}

	@Test
	void filterOnArrayGivesArray() {
		QueryResult result = this.reql.result("[39,[[2,[1,2,3]]," + fn("[21,[" + X + ",1]]") + "]]", "{}");
		assertThat(result).isInstanceOf(QueryResult.Atom.class);
		assertThat(((QueryResult.Atom) result).value()).isEqualTo(java.util.List.of(2.0, 3.0));
	}

	@Test
	void getOfMissingRowIsNull() {
		assertThat(this.reql.value("[16,[" + table("t") + ",99]]")).isNull();
		assertThat(this.reql.error("[16,[" + table("t") + ",null]]").getMessage())
			.startsWith("Primary keys must be either a number, string, bool, pseudotype or array (got type NULL)");
	}

	@Test
	void getAllRefusesANullKey() {
		assertThat(this.reql.error("[78,[" + table("t") + ",null],{'index':'g'}]").getMessage())
			.isEqualTo("Keys cannot be NULL.");
	}

	@Test
	void betweenRefusesASecondBetween() {
		assertThat(this.reql.error("[182,[[182,[" + table("t") + ",1,3]],1,3]]").getMessage())
			.isEqualTo("Cannot perform multiple BETWEENs on the same table.");
	}

	@Test
	void typeErrorsAboutNonDatumsPrintTheValue() {
		assertThat(this.reql.error("[65,[[14,['test']],1,2]]").getMessage())
			.isEqualTo("Expected type DATUM but found DATABASE:\ndb(\"test\")");
		assertThat(this.reql.error("[24,[5," + table("t") + "]]").getMessage())
			.isEqualTo("Expected type DATUM but found TABLE:\ntable(\"t\")");
		assertThat(this.reql.error("[182,[[2,[1]],1,2]]").getMessage())
			.isEqualTo("Expected type TABLE_SLICE but found DATUM:\n[1]");
		assertThat(this.reql.error("[15,[" + table("t") + ",'x']]").getMessage())
			.isEqualTo("Expected type DATABASE but found TABLE:\ntable(\"t\")");
	}

	@Test
	void databaseAndTableNamesAreCheckedWhereTheyAreUsed() {
		assertThat(this.reql.error("[14,['%']]").getMessage())
			.isEqualTo("Database name `%` invalid (Use A-Z, a-z, 0-9, _ and - only).");
		assertThat(this.reql.error("[15,['%']]").getMessage())
			.isEqualTo("Table name `%` invalid (Use A-Z, a-z, 0-9, _ and - only).");
	}

	@Test
	void aNullReadModeIsRefused() {
		assertThat(this.reql.error("[15,['t'],{'read_mode':null}]").getMessage())
			.isEqualTo("Expected type STRING but found NULL.");
	}

	@Test
	void aPredicateThatSpellsOutAnObjectIsAPatternForTheRow() {
		assertThat(this.reql.json(field("[39,[" + table("t") + "," + fn("{'g':'a'}") + "]]", "id"))).isEqualTo("[1,3]");
		assertThat(this.reql.json("[43,[" + table("t") + "," + fn("{'g':'b'}") + "]]")).isEqualTo("1");
		assertThat(this.reql.json("[39,[[2,[{'a':1,'b':1},{'a':1,'b':2}]]," + fn("{'a':" + field(X, "b") + "}") + "]]"))
			.isEqualTo("[{\"a\":1,\"b\":1}]");
	}

	@Test
	void betweenAfterAnIndexedOrderByReadsThatIndex() {
		assertThat(this.reql.json(field("[182,[[41,[" + table("t") + "],{'index':'g'}],'a','b']]", "id")))
			.isEqualTo("[1,3]");
	}

}
