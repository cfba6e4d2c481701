package io.quire.engine.term;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import io.quire.engine.function.RethinkBlobBuilder;
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
	void functionReadFromAnotherIndexStatusInTheSameQueryShouldCreateTheIndex() {
		this.reql.value("[75,[" + table("t") + ",'ab'," + fn(field(field(X, "a"), "b")) + "]]");
		String function = "[31,[[45,[[139,[" + table("t") + ",'ab']],0]],'function']]";
		assertThat(this.reql.json("[75,[" + table("t") + ",'copy'," + function + "]]")).isEqualTo("{\"created\":1}");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json(field("[78,[" + table("t") + ",5],{'index':'copy'}]", "id"))).isEqualTo("[1]");
		assertThat(this.reql.error("[75,[" + table("t") + ",'bad',[31,[[45,[[139,[" + table("t") + "]],0]],'index']]]]")
			.getMessage()).as("a term that reads the table is still no index function")
			.isEqualTo("Could not prove function deterministic.  Index functions must be deterministic.");
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
			.isEqualTo("Cannot create an sindex except from a reql_index_function returned from "
					+ "`index_status` in the field `function`.");
	}

	@Test
	void indexStatusFunctionShouldBeTheBytesRethinkDb24Writes() {
		this.reql.value("[75,[" + table("t") + ",'tags'],{'multi':true}]");
		String data = functionOf("tags").replaceAll(".*\"data\":\"([^\"]*)\".*", "$1");
		byte[] bytes = Base64.getDecoder().decode(data);
		byte[] prefix = "$reql_index_function$".getBytes(StandardCharsets.US_ASCII);
		assertThat(Arrays.copyOf(bytes, prefix.length)).isEqualTo(prefix);
		assertThat(Arrays.copyOfRange(bytes, prefix.length, prefix.length + 4)).containsExactly(9, 7, 7, 7);
		assertThat(Arrays.copyOfRange(bytes, bytes.length - 2, bytes.length)).containsExactly(1, 0);
	}

	@Test
	void rethinkDbIndexBytesShouldCreateTheIndexWithTheirMultiFlag() {
		byte[] tags = RethinkBlobBuilder.index(1, "[170,[[13,12],[1,\"tags\",13]],11]", true, false);
		assertThat(this.reql.json("[75,[" + table("t") + ",'labels'," + RethinkBlobBuilder.binary(tags) + "]]"))
			.isEqualTo("{\"created\":1}");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json(field("[78,[" + table("t") + ",'y'],{'index':'labels'}]", "id"))).isEqualTo("[1,2]");
		assertThat(this.reql.json("[139,[" + table("t") + ",'labels']]")).contains("\"multi\":true");
	}

	@Test
	void rethinkDbNestedFieldBytesShouldIndexTheNestedValue() {
		byte[] nested = RethinkBlobBuilder.index(7, "[170,[[170,[[10,[[1,7,4]],3],[1,\"a\",5]],2],[1,\"b\",6]],1]",
				false, false);
		this.reql.value("[75,[" + table("t") + ",'ab'," + RethinkBlobBuilder.binary(nested) + "]]");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json(field("[78,[" + table("t") + ",3],{'index':'ab'}]", "id"))).isEqualTo("[2]");
	}

	@Test
	void functionJsonBinaryOfOlderQuireDumpsShouldStillCreateTheIndex() {
		String json = "[69,[[2,[1]],[170,[[170,[[10,[1]],'a']],'b']]]]".replace('\'', '"');
		String binary = "{'$reql_type$':'BINARY','data':'"
				+ Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8)) + "'}";
		assertThat(this.reql.json("[75,[" + table("t") + ",'ab'," + binary + "]]")).isEqualTo("{\"created\":1}");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json(field("[78,[" + table("t") + ",5],{'index':'ab'}]", "id"))).isEqualTo("[1]");
	}

	@Test
	void corruptRethinkDbBytesShouldBeRefusedWithTheReason() {
		byte[] bytes = RethinkBlobBuilder.index(1, "[10,[[1,1,0]],0]", false, false);
		byte[] truncated = Arrays.copyOf(bytes, bytes.length - 1);
		assertThat(this.reql.error("[75,[" + table("t") + ",'bad'," + RethinkBlobBuilder.binary(truncated) + "]]")
			.getMessage())
			.startsWith("Binary blob passed to index create could not be interpreted as a "
					+ "reql_index_function (the bytes end");
	}

	private String functionOf(String index) {
		String status = this.reql.json("[139,[" + table("t") + ",'" + index + "']]");
		int start = status.indexOf("{\"$reql_type$\":\"BINARY\"");
		return status.substring(start, status.indexOf('}', start) + 1);
	}

	@Test
	void statusQueryShouldShowTheFunctionAsRethinkDbWritesIt() {
		this.reql.value("[75,[" + table("t") + ",'name']]");
		this.reql.value("[75,[" + table("t") + ",'pair'," + fn("[2,[[170,[" + X + ",'a']],[170,[" + X + ",'b']]]]")
				+ "],{'multi':true}]");
		assertThat(this.reql.json("[139,[" + table("t") + ",'name']]"))
			.contains("\"query\":\"indexCreate('name', function(var1) { return var1(\\\"name\\\"); })\"");
		assertThat(this.reql.json("[139,[" + table("t") + ",'pair']]")).contains(
				"\"query\":\"indexCreate('pair', function(var1) { return r.expr([var1(\\\"a\\\"), var1(\\\"b\\\")]); }, {multi: true})\"");
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

	@Test
	void rowsWhoseIndexValueIsAnObjectOrAnArrayHoldingNullAreLeftOutOfTheIndex() {
		this.reql
			.value("[56,[" + table("t") + ",[2,[{'id':3,'a':[2,[1,null]]},{'id':4,'a':[2,[1,2]]},{'id':5,'a':7}]]]]");
		this.reql.value("[75,[" + table("t") + ",'a']]");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json(field("[41,[" + table("t") + "],{'index':'a'}]", "id"))).isEqualTo("[4,5]");
		assertThat(this.reql.json("[43,[[182,[" + table("t") + ",[180,[]],[181,[]]],{'index':'a'}]]]")).isEqualTo("2");
	}

	@Test
	void aMultiIndexLeavesOutOnlyTheElementsThatCannotBeKeys() {
		this.reql.value("[56,[" + table("t") + ",{'id':6,'tags':[2,[{'x':1},'z',null]]}]]");
		this.reql.value("[75,[" + table("t") + ",'tags'],{'multi':true}]");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json(field("[78,[" + table("t") + ",'z'],{'index':'tags'}]", "id"))).isEqualTo("[6]");
		assertThat(this.reql.json("[43,[[182,[" + table("t") + ",[180,[]],[181,[]]],{'index':'tags'}]]]"))
			.isEqualTo("4");
	}

	@Test
	void anIndexFunctionOfNoParametersIsAcceptedAndMinvalIsNoKey() {
		assertThat(this.reql.json("[75,[" + table("t") + ",'mv',[69,[[2,[]],[180,[]]]]]]"))
			.isEqualTo("{\"created\":1}");
		this.reql.value("[140,[" + table("t") + "]]");
		assertThat(this.reql.json("[43,[[182,[" + table("t") + ",[180,[]],[181,[]]],{'index':'mv'}]]]")).isEqualTo("0");
	}

}
