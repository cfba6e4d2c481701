package io.quire.engine.term;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Printer;
import io.quire.engine.query.ReqlTester;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class JavaScriptTermsTests {

	private final ReqlTester reql = new ReqlTester();

	static String js(String source) {
		return "[11,[" + Printer.quote(source) + "]]";
	}

	static String js(String source, double timeout) {
		return "[11,[" + Printer.quote(source) + "],{'timeout':" + timeout + "}]";
	}

	@Test
	void scriptsShouldGiveTheirLastValueAsADatum() {
		assertThat(this.reql.json(js("1 + 1"))).isEqualTo("2");
		assertThat(this.reql.json(js("1 + 1; 2 + 2"))).isEqualTo("4");
		assertThat(this.reql.json(js("\"foo\" + 1"))).isEqualTo("\"foo1\"");
		assertThat(this.reql.json(js("[1, \"a\", null, true, {b: [2.5]}]")))
			.isEqualTo("[1,\"a\",null,true,{\"b\":[2.5]}]");
		assertThat(this.reql.json(js("({z: 1, a: {}, 0: \"zero\"})"))).isEqualTo("{\"0\":\"zero\",\"a\":{},\"z\":1}");
		assertThat(this.reql.json(js("null"))).isEqualTo("null");
	}

	@Test
	void datesShouldBecomeTimesInUtc() {
		assertThat(this.reql.json(js("new Date(\"2012-08-01\")")))
			.isEqualTo("{\"$reql_type$\":\"TIME\",\"epoch_time\":1343779200,\"timezone\":\"+00:00\"}");
		assertThat(this.reql.json("[64,[" + js("(function(d) { return d.getTime(); })") + ",[101,[1000]]]]"))
			.isEqualTo("1000000");
	}

	@Test
	void functionsShouldBeUsableWhereReqlTakesAFunction() {
		assertThat(this.reql.json("[38,[[2,[1,2,3]]," + js("(function(x) { return x * 2; })") + "]]"))
			.isEqualTo("[2,4,6]");
		assertThat(this.reql.json("[39,[[2,[1,2,3]]," + js("(function(a) { return a >= 2; })") + "]]"))
			.isEqualTo("[2,3]");
		assertThat(this.reql.json("[64,[" + js("(function(a, b) { return a + b; })") + ",1,2]]")).isEqualTo("3");
		assertThat(this.reql.json("[64,[" + js("(function(x) { return x + \"bar\"; })") + ",\"foo\"]]"))
			.isEqualTo("\"foobar\"");
	}

	@Test
	void functionsShouldTakeAnyNumberOfArguments() {
		assertThat(this.reql.json("[64,[" + js("(function(a) { return a; })") + ",1,2]]")).isEqualTo("1");
		assertThat(this.reql.json("[64,[" + js("(function(a, b, c) { return a; })") + ",1,2]]")).isEqualTo("1");
		assertThat(this.reql.error("[64,[" + js("(function(a, b, c) { return c; })") + ",1,2]]").getMessage())
			.isEqualTo("Cannot convert javascript `undefined` to ql::datum_t.");
	}

	@Test
	void objectsShouldReachScriptsAsJavaScriptObjects() {
		String keys = js("(function(o) { return Object.keys(o).join() + o[1] + o.list.length; })");
		assertThat(this.reql.json("[64,[" + keys + ",{'a':1,'1':'one','list':[2,[1,2]]}]]"))
			.isEqualTo("\"1,a,listone2\"");
	}

	@Test
	void aFunctionAsTheQueryResultShouldBeRefused() {
		assertThat(this.reql.error(js("(function() { return 1; })")).getMessage())
			.isEqualTo("Query result must be of type DATUM, GROUPED_DATA, or STREAM (got FUNCTION).");
	}

	@Test
	void valuesThatAreNoDatumsShouldFailWithRethinkDbsMessages() {
		assertThat(message(js("undefined"))).isEqualTo("Cannot convert javascript `undefined` to ql::datum_t.");
		assertThat(message(js("[1, undefined]"))).isEqualTo("Cannot convert javascript `undefined` to ql::datum_t.");
		assertThat(message(js("({f: function() {}})"))).isEqualTo("Cannot convert function to ql::datum_t.");
		assertThat(message(js("/a+/"))).isEqualTo("Cannot convert RegExp to ql::datum_t.");
		assertThat(message(js("1 / 0"))).isEqualTo("Number return value is not finite.");
		assertThat(message(js("new Date(NaN)"))).isEqualTo("Invalid Date in JS environment");
		assertThat(message(js("var o = {}; o.o = o; o"))).startsWith("Recursion limit exceeded in js_to_json");
		assertThat(message("[64,[" + js("(function() { return function() {}; })") + "]]"))
			.isEqualTo("Returning functions from within `r.js` is unsupported.");
	}

	@Test
	void argumentsThatAreNoPlainDatumsShouldBeRefused() {
		String identity = js("(function(x) { return x; })");
		assertThat(message("[64,[" + identity + ",[155,['AAEC']]]]"))
			.isEqualTo("`r.binary` data cannot be used in `r.js`.");
		assertThat(message("[64,[" + identity + ",[180,[]]]]")).isEqualTo("`r.minval` cannot be passed to `r.js`.");
	}

	@Test
	void exceptionsShouldBecomeQueryLogicErrorsWithTheirText() {
		QueryException thrown = this.reql.error(js("throw new Error(\"boom\")"));
		assertThat(thrown.errorType()).isEqualTo(ErrorType.QUERY_LOGIC);
		assertThat(thrown.getMessage()).isEqualTo("Error: boom");
		assertThat(message(js("throw \"plain\""))).isEqualTo("plain");
		assertThat(message(js("missing + 1"))).startsWith("ReferenceError: ");
		assertThat(message(js("function ("))).startsWith("SyntaxError: ");
		assertThat(message(js("function f() { return f(); } f()"))).startsWith("InternalError: ");
	}

	@Test
	void aScriptShouldStopAtItsTimeout() {
		QueryException error = this.reql.error(js("while(true) {}", 0.2));
		assertThat(error.errorType()).isEqualTo(ErrorType.QUERY_LOGIC);
		assertThat(error.getMessage()).isEqualTo("JavaScript query `while(true) {}` timed out after 0.200 seconds.");
		assertThat(message(js("try { while(true) {} } catch (e) { 1 }", 0.2)))
			.endsWith("timed out after 0.200 seconds.");
		String loop = "(function(x) { while(true) {} })";
		assertThat(message("[64,[" + js(loop, 0.3) + ",\"foo\"]]"))
			.isEqualTo("JavaScript query `" + loop + "` timed out after 0.300 seconds.");
	}

	@Test
	void eachEvaluationShouldStartWithFreshGlobals() {
		assertThat(this.reql.json(js("this.leak = 1; Object.prototype.leak = 2; 0"))).isEqualTo("0");
		assertThat(this.reql.json(js("typeof leak + typeof ({}).leak"))).isEqualTo("\"undefinedundefined\"");
	}

	@Test
	void javaScriptShouldNeverBeDeterministic() {
		this.reql.table("t", "[{'id':1}]");
		assertThat(message("[53,[[16,[" + table("t") + ",1]],{'d':" + js("5") + "}]]"))
			.isEqualTo("Could not prove argument deterministic.  Maybe you want to use the non_atomic flag?");
		assertThat(this.reql.json("[53,[[16,[" + table("t") + ",1]],{'d':" + js("5") + "}],{'non_atomic':true}]"))
			.contains("\"replaced\":1");
		assertThat(message("[75,[" + table("t") + ",'js',[69,[[2,[1]]," + js("1") + "]]]]"))
			.isEqualTo("Could not prove function deterministic.  Index functions must be deterministic.");
	}

	private String message(String term) {
		return this.reql.error(term).getMessage();
	}

}
