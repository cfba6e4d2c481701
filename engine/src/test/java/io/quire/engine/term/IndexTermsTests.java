package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.X;
import static io.quire.engine.query.ReqlTester.field;
import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class IndexTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@BeforeEach
	void rows() {
		this.reql.table("t", "[{'id':1,'a':{'b':5},'tags':[2,['x','y']]},{'id':2,'a':{'b':3},'tags':[2,['y']]}]");
	}

	@Test
	void indexOnNestedFieldViaFunction() {
		assertThat(this.reql.json("[75,[" + table("t") + ",'ab'," + fn(field(field(X, "a"), "b")) + "]]"))
			.isEqualTo("{\"created\":1}");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json(field("[41,[" + table("t") + "],{'index':'ab'}]", "id"))).isEqualTo("[2,1]");
		assertThat(this.reql.json(field("[78,[" + table("t") + ",5],{'index':'ab'}]", "id"))).isEqualTo("[1]");
	}

	@Test
	void multiIndex() {
		this.reql.value("[75,[" + table("t") + ",'tags'],{'multi':true}]");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json(field("[78,[" + table("t") + ",'y'],{'index':'tags'}]", "id"))).isEqualTo("[1,2]");
	}

	@Test
	void listStatusRenameDrop() {
		this.reql.value("[75,[" + table("t") + ",'tags']]");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json("[77,[" + table("t") + "]]")).isEqualTo("[\"tags\"]");
		assertThat(this.reql.json("[139,[" + table("t") + ",'tags']]")).contains("\"index\":\"tags\"")
			.contains("\"ready\":true")
			.contains("\"function\":{\"$reql_type$\":\"BINARY\"");
		assertThat(this.reql.json("[140,[" + table("t") + "]]")).contains("\"ready\":true");
		assertThat(this.reql.json("[156,[" + table("t") + ",'tags','labels']]")).isEqualTo("{\"renamed\":1}");
		assertThat(this.reql.json("[76,[" + table("t") + ",'labels']]")).isEqualTo("{\"dropped\":1}");
		assertThat(this.reql.json("[77,[" + table("t") + "]]")).isEqualTo("[]");
	}

	@Test
	void functionBinaryFromIndexStatusShouldCreateTheSameIndex() {
		this.reql.value("[75,[" + table("t") + ",'ab'," + fn(field(field(X, "a"), "b")) + "]]");
		String function = functionOf("ab");
		assertThat(this.reql.json("[75,[" + table("t") + ",'copy'," + function + "]]")).isEqualTo("{\"created\":1}");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json(field("[78,[" + table("t") + ",3],{'index':'copy'}]", "id"))).isEqualTo("[2]");
		assertThat(this.reql.json("[139,[" + table("t") + ",'copy']]")).contains("\"function\":" + function);
	}

	@Test
	void functionBinaryShouldKeepTheMultiOptionOfItsCreate() {
		this.reql.value("[75,[" + table("t") + ",'tags'],{'multi':true}]");
		this.reql.value("[75,[" + table("t") + ",'labels'," + functionOf("tags") + "],{'multi':true}]");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json(field("[78,[" + table("t") + ",'y'],{'index':'labels'}]", "id"))).isEqualTo("[1,2]");
	}

	@Test
	void binaryThatIsNoIndexFunctionShouldBeRefused() {
		assertThat(this.reql.error("[75,[" + table("t") + ",'bad',[155,['not a function']]]]").getMessage())
			.isEqualTo("The binary given to indexCreate is not an index function as indexStatus returns it.");
	}

	private String functionOf(String index) {
		String status = this.reql.json("[139,[" + table("t") + ",'" + index + "']]");
		int start = status.indexOf("{\"$reql_type$\":\"BINARY\"");
		return status.substring(start, status.indexOf('}', start) + 1);
	}

	@Test
	void statusOfMissingIndexFails() {
		assertThat(this.reql.error("[139,[" + table("t") + ",'nope']]").getMessage())
			.isEqualTo("Index `nope` was not found on table `test.t`.");
	}

	@Test
	void primaryKeyNameIsReserved() {
		assertThat(this.reql.error("[75,[" + table("t") + ",'id']]").getMessage())
			.isEqualTo("Index name conflict: `id` is the name of the primary key.");
	}

	@Test
	void renameWithoutOverwriteDoesNotSayWhichNameWasWrong() {
		this.reql.table("renames", "[{'id':1}]");
		this.reql.value("[75,[[15,['renames']],'a']]");
		this.reql.value("[75,[[15,['renames']],'b']]");
		assertThat(this.reql.error("[156,[[15,['renames']],'a','b']]").getMessage())
			.isEqualTo("Index `a` does not exist or index `b` already exists on table `test.renames`.");
		assertThat(this.reql.error("[156,[[15,['renames']],'zz','c']]").getMessage())
			.isEqualTo("Index `zz` does not exist or index `c` already exists on table `test.renames`.");
		assertThat(this.reql.error("[156,[[15,['renames']],'zz','c'],{'overwrite':true}]").getMessage())
			.isEqualTo("Index `zz` does not exist on table `test.renames`.");
		assertThat(this.reql.json("[156,[[15,['renames']],'a','a']]")).isEqualTo("{\"renamed\":0}");
	}

}
