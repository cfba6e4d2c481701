package io.quire.data.core.query;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegexPatternsTests {

	@Test
	void quoteEscapesPunctuationOnly() {
		assertThat(RegexPatterns.quote("a.b*c (d)_é")).isEqualTo("a\\.b\\*c \\(d\\)_é");
	}

	@Test
	void quotedTextMatchesItselfLiterally() {
		String text = "1+1=2? [yes] {sure} ^$|\\";
		assertThat(Pattern.compile(RegexPatterns.quote(text)).matcher(text).matches()).isTrue();
	}

	@Test
	void likeTranslatesWildcardsAndAnchors() {
		String regex = RegexPatterns.like("A%e_");
		assertThat(regex).isEqualTo("(?s)^A.*e.$");
		assertThat(Pattern.compile(regex).matcher("Apple!").matches()).isTrue();
		assertThat(Pattern.compile(regex).matcher("An.e").find()).isFalse();
	}

	@Test
	void caseInsensitivePrefixesTheFlag() {
		assertThat(RegexPatterns.caseInsensitive("^a", true)).isEqualTo("(?i)^a");
		assertThat(RegexPatterns.caseInsensitive("^a", false)).isEqualTo("^a");
	}

}
