package io.quire.engine.term;

import java.util.List;
import java.util.Map;

import io.quire.engine.query.ReqlTester;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.fn;
import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class InfoTests {

	private final ReqlTester reql = new ReqlTester();

	@BeforeEach
	void rows() {
		this.reql.table("t", "[{'id':1,'a':2},{'id':2}]");
	}

	@Test
	void datumValuesArePrintedOnePartPerLineWithTabs() {
		assertThat(this.reql.json("[79,[true]]")).isEqualTo("{\"type\":\"BOOL\",\"value\":\"true\"}");
		assertThat(this.reql.json("[79,[1]]")).isEqualTo("{\"type\":\"NUMBER\",\"value\":\"1\"}");
		assertThat(this.reql.json("[79,['1']]")).isEqualTo("{\"type\":\"STRING\",\"value\":\"\\\"1\\\"\"}");
		assertThat(this.reql.value("[79,[[2,[1]]]]")).isEqualTo(Map.of("type", "ARRAY", "value", "[\n\t1\n]"));
		assertThat(this.reql.value("[79,[{'a':1}]]")).isEqualTo(Map.of("type", "OBJECT", "value", "{\n\t\"a\":\t1\n}"));
		assertThat(this.reql.value("[79,[{'a':[2,[1,{}]]}]]"))
			.isEqualTo(Map.of("type", "OBJECT", "value", "{\n\t\"a\":\t[\n\t\t1,\n\t\t{}\n\t]\n}"));
		assertThat(this.reql.value("[79,[[2,[]]]]")).isEqualTo(Map.of("type", "ARRAY", "value", "[]"));
	}

	@Test
	void nullHasATypeButNoValue() {
		assertThat(this.reql.json("[79,[null]]")).isEqualTo("{\"type\":\"NULL\"}");
	}

	@Test
	void binaryCountsItsBytes() {
		Map<String, Object> info = ReqlTester.parse(this.reql.json("[79,[[155,['abc']]]]"));
		assertThat(info).containsEntry("type", "PTYPE<BINARY>").containsEntry("count", 3);
	}

	@Test
	void selectionsNameTheirTable() {
		Map<String, Object> single = ReqlTester.parse(this.reql.json("[79,[[16,[" + table("t") + ",1]]]]"));
		assertThat(single).containsEntry("type", "SELECTION<OBJECT>").doesNotContainKey("value");
		assertThat(single.get("table")).asInstanceOf(InstanceOfAssertFactories.MAP)
			.containsEntry("name", "t")
			.containsEntry("type", "TABLE");
		Map<String, Object> stream = ReqlTester
			.parse(this.reql.json("[79,[[39,[" + table("t") + "," + fn("true") + "]]]]"));
		assertThat(stream).containsEntry("type", "SELECTION<STREAM>").containsKey("table");
		assertThat(this.reql.json("[79,[[38,[" + table("t") + "," + fn("1") + "]]]]"))
			.isEqualTo("{\"type\":\"STREAM\"}");
	}

	@Test
	void tableSlicesDescribeTheirIndexBoundsAndSorting() {
		Map<String, Object> slice = ReqlTester.parse(this.reql.json("[79,[[182,[" + table("t") + ",0,1]]]]"));
		assertThat(slice).containsEntry("type", "TABLE_SLICE")
			.containsEntry("index", "id")
			.containsEntry("sorting", "UNORDERED")
			.containsEntry("left_bound", 0)
			.containsEntry("left_bound_type", "closed")
			.containsEntry("right_bound", 1)
			.containsEntry("right_bound_type", "open")
			.containsKey("table");
		Map<String, Object> unbounded = ReqlTester
			.parse(this.reql.json("[79,[[182,[" + table("t") + ",[180,[]],[181,[]]]]]]"));
		assertThat(unbounded).containsEntry("left_bound_type", "unbounded")
			.containsEntry("right_bound_type", "unbounded")
			.doesNotContainKeys("left_bound", "right_bound");
		Map<String, Object> ordered = ReqlTester
			.parse(this.reql.json("[79,[[41,[" + table("t") + "],{'index':'id'}]]]"));
		assertThat(ordered).containsEntry("type", "TABLE_SLICE").containsEntry("sorting", "ASCENDING");
		assertThat(ordered.keySet()).containsAll(List.of("left_bound_type", "right_bound_type"));
	}

	@Test
	void aJavaScriptFunctionShowsItsTimeoutAndSource() {
		String source = "(function(x){return x;})";
		assertThat(this.reql.json("[79,[[11,['" + source + "']]]]"))
			.isEqualTo("{\"source_code\":\"javascript timeout=5000ms, source=" + source + "\",\"type\":\"FUNCTION\"}");
		assertThat(this.reql.json("[79,[[11,['" + source + "'],{'timeout':2.5}]]]"))
			.contains("\"javascript timeout=2500ms, source=");
	}

}
