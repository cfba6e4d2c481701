package io.quire.engine.term;

import java.util.List;

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
	void splitWithoutSeparatorShouldSplitOnEveryUnicodeSpaceRethinkDbLists() {
		assertThat(this.reql.value("[149,['\\u00a0x\\u2003y\\u3000\\u3000z\\u205f']]"))
			.isEqualTo(List.of("x", "y", "z"));
		assertThat(this.reql.value("[149,['x\\u2028y\\u0085z\\u000b\\u000cw\\u1680v\\u2000u\\u200at\\u2029s']]"))
			.isEqualTo(List.of("x", "y", "z", "w", "v", "u", "t", "s"));
		assertThat(this.reql.value("[149,['\\u3000x\\u202fy\\u00a0z\\u2029',null,1]]"))
			.isEqualTo(List.of("x", "y\u00a0z\u2029"));
		assertThat(this.reql.value("[149,['x\\u200by\\u180ez\\ufeffw']]")).as("zero-width characters are no spaces")
			.isEqualTo(List.of("x\u200by\u180ez\ufeffw"));
	}

	@Test
	void splitOnEmptySeparatorShouldKeepCombiningMarksWithTheirCharacter() {
		assertThat(this.reql.value("[149,['e\\u0301a\\u0308\\u0323b','']]"))
			.isEqualTo(List.of("e\u0301", "a\u0308\u0323", "b"));
		assertThat(this.reql.value("[149,['\\u0915\\u093f\\u20dd\\ud83d\\ude00x','']]"))
			.isEqualTo(List.of("\u0915\u093f\u20dd", "\ud83d\ude00", "x"));
		assertThat(this.reql.value("[149,['e\\u0301e\\u0301e','',1]]")).isEqualTo(List.of("e\u0301", "e\u0301e"));
		assertThat(this.reql.value("[149,['\\r\\n\\ud83c\\uddeb\\ud83c\\uddf7','']]"))
			.as("not extended grapheme clusters: RethinkDB splits CR LF and flags")
			.isEqualTo(List.of("\r", "\n", "\ud83c\uddeb", "\ud83c\uddf7"));
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

	@Test
	void jsonParseErrorsNameTheFaultAsRethinkDbDoes() {
		assertThat(this.reql.error("[98,['[1,2']]").getMessage())
			.isEqualTo("Failed to parse \"[1,2\" as JSON: Missing a comma or ']' after an array element.");
		assertThat(this.reql.error("[98,['']]").getMessage())
			.isEqualTo("Failed to parse \"\" as JSON: The document is empty.");
		assertThat(this.reql.error("[98,['1 2']]").getMessage())
			.isEqualTo("Failed to parse \"1 2\" as JSON: The document root must not be followed by other values.");
		assertThat(this.reql.error("[98,['{\\'a\\' 1}']]").getMessage())
			.endsWith("Missing a colon after a name of object member.");
		assertThat(this.reql.error("[98,['NaN']]").getMessage()).endsWith(" as JSON: Invalid value.");
		assertThat(this.reql.error("[98,['1e400']]").getMessage()).endsWith("Number too big to be stored in double.");
		assertThat(this.reql.error("[98,['1.']]").getMessage()).endsWith("Miss fraction part in number.");
	}

	@Test
	void jsonParseErrorsShortenLongInput() {
		assertThat(this.reql.error("[98,['[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20']]").getMessage())
			.isEqualTo("Failed to parse \"[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,...\" as JSON:"
					+ " Missing a comma or ']' after an array element.");
	}

	@Test
	void jsonStillParsesNestedValuesAndEscapes() {
		assertThat(this.reql.json("[98,['{\\'a\\':[1,{\\'b\\':null}],\\'c\\':\\'\\\\u00e9\\'}']]"))
			.isEqualTo("{\"a\":[1,{\"b\":null}],\"c\":\"\u00e9\"}");
	}

	@Test
	void jsonRefusesARepeatedMemberName() {
		assertThat(this.reql.error("[98,['{\\\"a\\\":1,\\\"a\\\":2}']]").getMessage())
			.isEqualTo("Duplicate key \"a\" in JSON.");
	}

	@Test
	void regexpErrorsNameTheFaultAndItsPortionAsRe2Does() {
		assertThat(this.reql.error("[97,['','ab\\\\9']]").getMessage())
			.isEqualTo("Error in regexp `ab\\9` (portion `\\9`): invalid escape sequence: \\9");
	}

}
