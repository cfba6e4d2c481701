package io.quire.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.quire.protocol.TermType;
import io.quire.protocol.json.ReqlJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the browser's ReQL builder ({@code assets/js/reql.js}) under Node.js against the
 * real term table; the console itself needs no Node.js, so without it this test is
 * skipped (the browser test in {@code src/test} covers the builder too).
 */
class ReqlBuilderScriptTests {

	private static final Path ASSETS = Path.of("src/main/resources/io/quire/console/assets/js/reql.js");

	@Test
	void builderShouldTurnJavaScriptSyntaxIntoWireTerms() throws Exception {
		Map<String, Object> terms = new TreeMap<>();
		for (TermType type : TermType.values()) {
			terms.put(type.name(), type.value());
		}
		ProcessBuilder node = new ProcessBuilder("node", "src/test/js/reql.test.mjs").redirectErrorStream(true);
		node.environment().put("QUIRE_REQL_JS", ASSETS.toUri().toString());
		node.environment().put("QUIRE_TERMS", ReqlJson.writeString(terms));
		Process process = start(node);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("reql builder: ok");
	}

	private static Process start(ProcessBuilder node) {
		try {
			return node.start();
		}
		catch (IOException ex) {
			assumeTrue(false, "node is not on the PATH: " + ex.getMessage());
			throw new IllegalStateException(ex);
		}
	}

}
