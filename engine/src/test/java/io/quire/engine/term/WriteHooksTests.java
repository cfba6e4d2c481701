package io.quire.engine.term;

import io.quire.engine.function.RethinkBlobBuilder;
import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.quire.engine.query.ReqlTester.table;
import static org.assertj.core.api.Assertions.assertThat;

class WriteHooksTests {

	private static final String NEW_VAL = "[10,[3]]";

	private final ReqlTester reql = new ReqlTester();

	@BeforeEach
	void rows() {
		this.reql.value("[60,['t']]");
	}

	private static String hook(String body) {
		return "[69,[[2,[1,2,3]]," + body + "]]";
	}

	private String setHook(String function) {
		return this.reql.json("[189,[" + table("t") + "," + function + "]]");
	}

	@Test
	void hookRewritesEveryWriteUntilRemoved() {
		assertThat(setHook(hook("[35,[" + NEW_VAL + ",{'num':1}]]"))).isEqualTo("{\"created\":1}");
		assertThat(this.reql.json("[56,[" + table("t") + ",{'id':1}]]")).contains("\"inserted\":1");
		assertThat(this.reql.json("[15,['t']]")).isEqualTo("[{\"id\":1,\"num\":1}]");
		assertThat(setHook(hook("[35,[" + NEW_VAL + ",{'num':2}]]"))).isEqualTo("{\"replaced\":1}");
		assertThat(this.reql.json("[53,[" + table("t") + ",{'blah':2}]]")).contains("\"replaced\":1");
		assertThat(this.reql.json("[15,['t']]")).isEqualTo("[{\"blah\":2,\"id\":1,\"num\":2}]");
		assertThat(this.reql.json("[53,[" + table("t") + ",{'blah':3}],{'ignore_write_hook':true}]"))
			.contains("\"replaced\":1");
		assertThat(this.reql.json("[15,['t']]")).isEqualTo("[{\"blah\":3,\"id\":1,\"num\":2}]");
		assertThat(setHook("null")).isEqualTo("{\"deleted\":1}");
		assertThat(this.reql.value("[190,[" + table("t") + "]]")).isNull();
	}

	@Test
	void hookMustTakeThreeArguments() {
		assertThat(this.reql.error("[189,[" + table("t") + ",[69,[[2,[1]],1]]]]").getMessage())
			.isEqualTo("Write hook functions must expect 3 arguments.");
	}

	@Test
	void hookCannotTurnWritesIntoOtherKinds() {
		setHook(hook("null"));
		assertThat(this.reql.json("[56,[" + table("t") + ",{}]]"))
			.contains("\"first_error\":\"A write hook function must not turn a replace/insert into a deletion.\"");
		setHook(hook("{}"));
		this.reql.value("[56,[" + table("t") + ",{'id':1}],{'ignore_write_hook':true}]");
		assertThat(this.reql.json("[54,[" + table("t") + "]]"))
			.contains("\"first_error\":\"A write hook function must not turn a deletion into a replace/insert.\"");
	}

	@Test
	void hookErrorsArePrefixed() {
		setHook(hook("[12,['OH NOES!']]"));
		assertThat(this.reql.json("[56,[" + table("t") + ",{}]]"))
			.contains("\"first_error\":\"Error in write hook: OH NOES!\"");
	}

	@Test
	void getWriteHookReturnsTheFunctionAsBinaryAndSetAcceptsItBack() {
		setHook(hook("[35,[" + NEW_VAL + ",{'num':7}]]"));
		Object stored = this.reql.value("[190,[" + table("t") + "]]");
		assertThat(((java.util.Map<?, ?>) stored).get("query"))
			.isEqualTo("setWriteHook(function(var1, var2, var3) { return var3.merge({\"num\": 7}); })");
		String binary = io.quire.engine.datum.Printer.json(((java.util.Map<?, ?>) stored).get("function"));
		assertThat(new String(java.util.Base64.getDecoder()
			.decode((String) ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) stored).get("function")).get("data"))))
			.startsWith("$reql_write_hook_function$");
		assertThat(setHook(binary)).isEqualTo("{\"replaced\":1}");
		this.reql.value("[56,[" + table("t") + ",{'id':5}]]");
		assertThat(this.reql.json("[16,[" + table("t") + ",5]]")).isEqualTo("{\"id\":5,\"num\":7}");
	}

	@Test
	void tableConfigShouldShowTheHookAsGetWriteHookDoes() {
		String config = "[15,[[14,['rethinkdb']],'table_config']]";
		assertThat(this.reql.json(config)).contains("\"write_hook\":null");
		setHook(hook("[35,[" + NEW_VAL + ",{'num':7}]]"));
		String hook = this.reql.json("[190,[" + table("t") + "]]");
		assertThat(this.reql.json(config)).contains("\"write_hook\":" + hook);
		assertThat(this.reql.json("[174,[" + table("t") + "]]")).contains("\"write_hook\":" + hook);
		setHook("null");
		assertThat(this.reql.json(config)).contains("\"write_hook\":null");
	}

	@Test
	void hookBytesWrittenByRethinkDbShouldBeSetAndApplied() {
		byte[] bytes = RethinkBlobBuilder.hook(new long[] { 4, 5, 6 },
				"[35,[[10,[[1,6,2]],1],[3,{\"restored\":[1,true,4]},3]],0]");
		assertThat(setHook(RethinkBlobBuilder.binary(bytes))).isEqualTo("{\"created\":1}");
		this.reql.value("[56,[" + table("t") + ",{'id':5}]]");
		assertThat(this.reql.json("[16,[" + table("t") + ",5]]")).isEqualTo("{\"id\":5,\"restored\":true}");
	}

}
