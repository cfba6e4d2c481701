package io.quire.engine.term;

import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StringTermsTests {

	private final ReqlTester reql = new ReqlTester();

	@Test
	void matchReturnsPositionsAndGroups() {
		assertThat(this.reql.json("[97,['name: Ann','(\\\\w+): (\\\\w+)']]")).isEqualTo(
				"{\"end\":9,\"groups\":[{\"end\":4,\"start\":0,\"str\":\"name\"},{\"end\":9,\"start\":6,\"str\":\"Ann\"}],\"start\":0,\"str\":\"name: Ann\"}");
		assertThat(this.reql.value("[97,['abc','^x']]")).isNull();
	}

	@Test
	void matchRejectsInvalidPatterns() {
		assertThat(this.reql.error("[97,['abc','(']]").getMessage()).startsWith("Error in regexp `(`");
	}

	@Test
	void caseConversion() {
		assertThat(this.reql.json("[2,[[141,['aBc']],[142,['aBc']]]]")).isEqualTo("[\"ABC\",\"abc\"]");
	}

	@Test
	void splitOnWhitespaceSeparatorsAndCharacters() {
		assertThat(this.reql.json("[149,['  a b\\n c ']]")).isEqualTo("[\"a\",\"b\",\"c\"]");
		assertThat(this.reql.json("[149,['a,,b',',']]")).isEqualTo("[\"a\",\"\",\"b\"]");
		assertThat(this.reql.json("[149,['a,b,c',',',1]]")).isEqualTo("[\"a\",\"b,c\"]");
		assertThat(this.reql.json("[149,['abc','']]")).isEqualTo("[\"a\",\"b\",\"c\"]");
		assertThat(this.reql.json("[149,['a b c',null,1]]")).isEqualTo("[\"a\",\"b c\"]");
	}

	@Test
	void jsonRoundTrips() {
		assertThat(this.reql.json("[98,[\"{\\\"b\\\":[1,2.5],\\\"a\\\":null}\"]]"))
			.isEqualTo("{\"a\":null,\"b\":[1,2.5]}");
		assertThat(this.reql.value("[172,[{'b':1,'a':[2,['x']]}]]")).isEqualTo("{\"a\":[\"x\"],\"b\":1}");
		assertThat(this.reql.error("[98,['{']]").getMessage()).startsWith("Failed to parse \"{\" as JSON:");
	}

	@Test
	void uuidsAreRandomOrNameBased() {
		assertThat((String) this.reql.value("[169,[]]"))
			.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		Object named = this.reql.value("[169,['quire']]");
		assertThat((String) named).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
		assertThat(this.reql.value("[169,['quire']]")).isEqualTo(named);
		assertThat(this.reql.value("[169,['slava@example.com']]")).isEqualTo("90691cbc-b5ea-5826-ae98-951e30fc3b2d");
	}

}
