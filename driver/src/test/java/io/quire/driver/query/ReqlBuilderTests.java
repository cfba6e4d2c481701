package io.quire.driver.query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quire.protocol.TermType;
import io.quire.protocol.json.ReqlJson;
import org.junit.jupiter.api.Test;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReqlBuilderTests {

	@Test
	void nullArgumentsBecomeDatumNull() {
		assertThat(r.branch(r.expr(true), null, null).toJson()).isEqualTo("[65,[true,null,null]]");
		assertThat(r.branch(true, "a", false, null, "b").toJson()).isEqualTo("[65,[true,\"a\",false,null,\"b\"]]");
		assertThat(r.expr(1).eq(2).branch(null, 3).toJson()).isEqualTo("[65,[[17,[1,2]],null,3]]");
		assertThat(r.array("a", null).toJson()).isEqualTo("[2,[\"a\",null]]");
		assertThat(r.expr(1).default_(null).toJson()).isEqualTo("[92,[1,null]]");
	}

	@Test
	void argsSplicesAnArrayIntoTheEnclosingTerm() {
		assertThat(r.table("t").getAll(r.args(r.array(1, 2))).toJson())
			.isEqualTo("[78,[[15,[\"t\"]],[154,[[2,[1,2]]]]]]");
	}

	@Test
	void filterWithALambdaShouldCompileToAFunction() {
		String json = r.db("marvel").table("heroes").filter((h) -> h.g("age").gt(30)).toJson();
		assertThat(withoutVarIds(json))
			.isEqualTo("[39,[[15,[[14,[\"marvel\"]],\"heroes\"]],[69,[[2,[V]],[21,[[170,[[10,[V]],\"age\"]],30]]]]]]");
		assertSameVar(json);
	}

	@Test
	void rowShouldBeWrappedInAOneParameterFunction() {
		String json = r.table("t").filter(r.row("age").gt(3)).toJson();
		assertThat(withoutVarIds(json))
			.isEqualTo("[39,[[15,[\"t\"]],[69,[[2,[V]],[21,[[170,[[13,[]],\"age\"]],3]]]]]]");
	}

	@Test
	void nestedLambdasShouldGetDistinctVariables() {
		String json = r.table("a").map((x) -> r.table("b").filter((y) -> y.g("k").eq(x.g("k")))).toJson();
		Matcher ids = Pattern.compile("\\[10,\\[(\\d+)\\]\\]").matcher(json);
		assertThat(ids.find()).isTrue();
		String inner = ids.group(1);
		assertThat(ids.find()).isTrue();
		assertThat(ids.group(1)).isNotEqualTo(inner);
	}

	@Test
	void twoParameterFunctionsShouldListBothVariables() {
		String json = r.do_(1, 2, (ReqlFunction2) (a, b) -> a.add(b)).toJson();
		assertThat(withoutVarIds(json)).isEqualTo("[64,[[69,[[2,[V,V]],[24,[[10,[V]],[10,[V]]]]]],1,2]]");
	}

	@Test
	void exprShouldTurnMapsIntoObjectsAndListsIntoMakeArray() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("name", "Iron Man");
		document.put("tags", List.of("armor", 3));
		document.put("nothing", null);
		assertThat(r.expr(document).toJson())
			.isEqualTo("{\"name\":\"Iron Man\",\"tags\":[2,[\"armor\",3]],\"nothing\":null}");
		assertThat(r.expr(new int[] { 1, 2 }).toJson()).isEqualTo("[2,[1,2]]");
	}

	@Test
	void exprShouldTurnTimesIntoTimePseudoTypes() {
		OffsetDateTime time = OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));
		assertThat(ReqlJson.read(r.expr(time).toJson()))
			.isEqualTo(Map.of("$reql_type$", "TIME", "epoch_time", 1714557600L, "timezone", "+02:00"));
		assertThat(ReqlJson.read(r.expr(Instant.ofEpochMilli(1500)).toJson()))
			.isEqualTo(Map.of("$reql_type$", "TIME", "epoch_time", 1.5, "timezone", "+00:00"));
	}

	@Test
	void exprShouldTurnBytesIntoBinaryPseudoTypes() {
		assertThat(r.expr(new byte[] { 1, 2, 3 }).toJson()).isEqualTo("{\"$reql_type$\":\"BINARY\",\"data\":\"AQID\"}");
	}

	record Hero(String name, int age, Instant born, byte[] photo) {
	}

	@Test
	void exprShouldMapUserObjectsToDocuments() {
		Object document = ReqlJson
			.read(r.expr(new Hero("Thor", 1500, Instant.ofEpochSecond(10), new byte[] { 7 })).toJson());
		assertThat(document).isEqualTo(Map.of("name", "Thor", "age", 1500L, "born",
				Map.of("$reql_type$", "TIME", "epoch_time", 10L, "timezone", "+00:00"), "photo",
				Map.of("$reql_type$", "BINARY", "data", "Bw==")));
	}

	@Test
	void optArgsShouldFollowTheArguments() {
		assertThat(r.table("t").getAll("a", "b").optArg("index", "name").toJson())
			.isEqualTo("[78,[[15,[\"t\"]],\"a\",\"b\"],{\"index\":\"name\"}]");
		assertThat(r.db("d").tableCreate("t").optArg("primary_key", "email").toJson())
			.isEqualTo("[60,[[14,[\"d\"]],\"t\"],{\"primary_key\":\"email\"}]");
	}

	@Test
	void orderByShouldAcceptDescAndIndex() {
		assertThat(r.table("t").orderBy(r.desc("age"), "name").toJson())
			.isEqualTo("[41,[[15,[\"t\"]],[74,[\"age\"]],\"name\"]]");
		assertThat(r.table("t").orderBy().optArg("index", r.desc("age")).toJson())
			.isEqualTo("[41,[[15,[\"t\"]]],{\"index\":[74,[\"age\"]]}]");
	}

	@Test
	void writesShouldWrapDocumentsAndFunctions() {
		assertThat(r.table("t").insert(List.of(Map.of("id", 1))).optArg("conflict", "replace").toJson())
			.isEqualTo("[56,[[15,[\"t\"]],[2,[{\"id\":1}]]],{\"conflict\":\"replace\"}]");
		assertThat(withoutVarIds(r.table("t").get(1).update((d) -> Map.of("n", d.g("n").add(1))).toJson()))
			.isEqualTo("[53,[[16,[[15,[\"t\"]],1]],[69,[[2,[V]],{\"n\":[24,[[170,[[10,[V]],\"n\"]],1]]}]]]]");
		assertThat(r.table("t").between(r.minval(), 10).optArg("index", "age").delete().toJson())
			.isEqualTo("[54,[[182,[[15,[\"t\"]],[180,[]],10],{\"index\":\"age\"}]]]");
	}

	@Test
	void writeHooksShouldTakeAFunctionBytesOrNull() {
		assertThat(r.table("t").getWriteHook().toJson()).isEqualTo("[190,[[15,[\"t\"]]]]");
		assertThat(r.table("t").setWriteHook(null).toJson()).isEqualTo("[189,[[15,[\"t\"]],null]]");
		assertThat(r.table("t")
			.setWriteHook((ReqlFunction3) (c, o, n) -> n)
			.toJson()
			.replaceAll("\\[2,\\[\\d+,\\d+,\\d+\\]\\]", "[2,[V,V,V]]")
			.replaceAll("\\[10,\\[\\d+\\]\\]", "[10,[V]]"))
			.isEqualTo("[189,[[15,[\"t\"]],[69,[[2,[V,V,V]],[10,[V]]]]]]");
		assertThat(r.table("t").setWriteHook(new byte[] { 1 }).toJson())
			.isEqualTo("[189,[[15,[\"t\"]],{\"$reql_type$\":\"BINARY\",\"data\":\"AQ==\"}]]");
	}

	@Test
	void aggregationsShouldChain() {
		assertThat(r.table("t").group("team").count().ungroup().toJson())
			.isEqualTo("[150,[[43,[[144,[[15,[\"t\"]],\"team\"]]]]]]");
		assertThat(r.table("t").pluck("a", "b").limit(2).skip(1).toJson())
			.isEqualTo("[70,[[71,[[33,[[15,[\"t\"]],\"a\",\"b\"]],2]],1]]");
	}

	@Test
	void termShouldBuildAnyTermType() {
		assertThat(r.term(TermType.RANGE, 3).toJson()).isEqualTo("[173,[3]]");
		assertThat(r.now().toJson()).isEqualTo("[103,[]]");
	}

	@Test
	void exprShouldRejectNumbersJsonCannotHold() {
		assertThatIllegalArgumentException().isThrownBy(() -> r.expr(Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> r.expr(List.of(1.0, Double.POSITIVE_INFINITY)));
	}

	private static String withoutVarIds(String json) {
		return json.replaceAll("\\[10,\\[\\d+\\]\\]", "[10,[V]]")
			.replaceAll("\\[69,\\[\\[2,\\[\\d+,\\d+\\]\\]", "[69,[[2,[V,V]]")
			.replaceAll("\\[69,\\[\\[2,\\[\\d+\\]\\]", "[69,[[2,[V]]");
	}

	private static void assertSameVar(String json) {
		Matcher declared = Pattern.compile("\\[69,\\[\\[2,\\[(\\d+)\\]\\]").matcher(json);
		Matcher used = Pattern.compile("\\[10,\\[(\\d+)\\]\\]").matcher(json);
		assertThat(declared.find() && used.find()).isTrue();
		assertThat(used.group(1)).isEqualTo(declared.group(1));
	}

}
