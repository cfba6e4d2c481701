package io.quire.engine.datum;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrinterTests {

	@Test
	void prettyPrintIndentsObjectsWithTabs() {
		assertThat(Printer.pretty(Datums.object("id", 2.0, "a", 2.0))).isEqualTo("{\n\t\"a\":\t2,\n\t\"id\":\t2\n}");
		assertThat(Printer.pretty(Datums.object("a", Datums.object("b", List.of(1.0, "x")))))
			.isEqualTo("{\n\t\"a\":\t{\n\t\t\"b\":\t[1, \"x\"]\n\t}\n}");
	}

	@Test
	void jsonIsCompactWithIntegralNumbersAsIntegers() {
		assertThat(Printer.json(Datums.object("b", 1.5, "a", java.util.Arrays.asList(1.0, true, null))))
			.isEqualTo("{\"a\":[1,true,null],\"b\":1.5}");
		assertThat(Printer.json(-0.0)).isEqualTo("-0.0");
		assertThat(Printer.json(1e300)).isEqualTo("1e+300");
	}

	@Test
	void stringsAreEscaped() {
		assertThat(Printer.json("a\"b\\\n\u0001")).isEqualTo("\"a\\\"b\\\\\\n\\u0001\"");
	}

}
