package io.quire.engine.js;

import java.time.Duration;
import java.util.List;

import io.quire.engine.QueryException;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What a script can and cannot reach. */
class JavaScriptSandboxTests {

	private static final JsLimits LIMITS = new JsLimits(Duration.ofSeconds(5), 100_000, 256L * 1024 * 1024, () -> {
	});

	@ParameterizedTest
	@ValueSource(strings = { "java", "javax", "Packages", "JavaImporter", "JavaAdapter", "importPackage", "importClass",
			"getClass", "load", "print", "readFile", "readUrl", "quit", "spawn", "sync", "sleep", "setTimeout",
			"setInterval", "XMLHttpRequest", "fetch", "require", "Continuation", "XML" })
	void hostObjectsShouldNotExist(String name) {
		assertThat(JavaScript.evaluate("typeof " + name, LIMITS)).isEqualTo("undefined");
	}

	@Test
	void theFunctionConstructorShouldReachNoMoreThanTheScript() {
		assertThat(JavaScript.evaluate("this.constructor.constructor(\"return typeof Packages\")()", LIMITS))
			.isEqualTo("undefined");
		assertThat(JavaScript.evaluate("Object.getOwnPropertyNames(this).filter(function(n) { "
				+ "return /java|package|import/i.test(n); }).length", LIMITS))
			.isEqualTo(0.0);
	}

	@Test
	void errorsCaughtInScriptsShouldCarryNoJavaException() {
		assertThat(JavaScript.evaluate("try { null.x; } catch (e) { typeof e.javaException + typeof e.rhinoException }",
				LIMITS))
			.isEqualTo("undefinedundefined");
	}

	@Test
	void datumsShouldArriveAsPlainJavaScriptValues() {
		JsFunction function = (JsFunction) JavaScript.evaluate(
				"(function(o) { return [typeof o.getClass, typeof o.list.getClass, Array.isArray(o.list)]; })", LIMITS);
		Object result = function.call(List.of(new java.util.TreeMap<>(java.util.Map.of("list", List.of(1.0)))), LIMITS);
		assertThat(result).isEqualTo(List.of("undefined", "undefined", true));
	}

	@Test
	void aScriptShouldStopAtItsAllocationBudget() {
		JsLimits small = new JsLimits(Duration.ofMinutes(1), 100_000, 16L * 1024 * 1024, () -> {
		});
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> JavaScript.evaluate("var a = []; while (true) { a.push(\"x\" + a.length); }", small))
			.satisfies((error) -> {
				assertThat(error.errorType()).isEqualTo(ErrorType.RESOURCE_LIMIT);
				assertThat(error.getMessage()).contains("allocated more than 16 MiB");
			});
	}

	@Test
	void aScriptShouldStopWhenItsQueryIsCancelled() {
		JsLimits cancelled = new JsLimits(Duration.ofMinutes(1), 100_000, Long.MAX_VALUE, () -> {
			throw QueryException.runtime(ErrorType.OP_INDETERMINATE, "Query terminated by a STOP.");
		});
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> JavaScript.evaluate("while (true) {}", cancelled))
			.withMessage("Query terminated by a STOP.");
	}

	@Test
	void catastrophicRegularExpressionsShouldStopAtTheTimeout() {
		JsLimits quick = new JsLimits(Duration.ofMillis(300), 100_000, Long.MAX_VALUE, () -> {
		});
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> JavaScript.evaluate("/(a+)+b/.test(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac\")", quick))
			.satisfies((error) -> assertThat(error.getMessage()).endsWith("timed out after 0.300 seconds."));
	}

	@Test
	void tailCallsShouldNotEscapeTheTimeout() {
		JsLimits quick = new JsLimits(Duration.ofMillis(200), 100_000, Long.MAX_VALUE, () -> {
		});
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> JavaScript.evaluate("function f() { return f(); } f()", quick))
			.satisfies((error) -> assertThat(error.getMessage()).containsAnyOf("stack depth", "timed out"));
	}

}
