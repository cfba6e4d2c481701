package io.quire.engine.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.quire.engine.Engine;
import io.quire.engine.query.ReqlQueryRunner;
import io.quire.engine.query.ReqlTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.system.SystemTablesShapeTests.system;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renames made through {@code db_config} and {@code table_config} on a RocksDB engine
 * survive a restart and a {@code kill -9}, with the table's documents and indexes.
 */
class RenameDurabilityIntegrationTests {

	@TempDir
	Path directory;

	/**
	 * Creates {@code app.books} with a document and an index, then renames the database
	 * to {@code shop} and the table to {@code novels}.
	 */
	static void rename(ReqlTester reql) {
		reql.value("[57,['app']]");
		reql.value("[60,[[14,['app']],'books']]");
		reql.value("[56,[[15,[[14,['app']],'books']],{'id':1,'author':'Le Guin'}]]");
		reql.value("[75,[[15,[[14,['app']],'books']],'author']]");
		reql.value("[140,[[15,[[14,['app']],'books']]]]");
		reql.value("[53,[[39,[" + system("db_config") + ",{'name':'app'}]],{'name':'shop'}]]");
		reql.value("[53,[[39,[" + system("table_config") + ",{'name':'books'}]],{'name':'novels'}]]");
	}

	private static void assertRenamed(Path directory) {
		try (Engine engine = Engine.open(directory)) {
			ReqlTester reql = new ReqlTester(engine.catalog(), (ReqlQueryRunner) engine.queryRunner());
			assertThat(reql.value("[59,[]]")).asList().containsExactly("rethinkdb", "shop", "test");
			assertThat(reql.json("[62,[[14,['shop']]]]")).isEqualTo("[\"novels\"]");
			assertThat(reql.json("[78,[[15,[[14,['shop']],'novels']],'Le Guin'],{'index':'author'}]"))
				.isEqualTo("[{\"author\":\"Le Guin\",\"id\":1}]");
			assertThat(reql.json("[31,[" + system("table_config") + ",'db']]")).isEqualTo("[\"shop\"]");
		}
	}

	@Test
	void renamesShouldSurviveARestart() {
		try (Engine engine = Engine.open(this.directory)) {
			rename(new ReqlTester(engine.catalog(), (ReqlQueryRunner) engine.queryRunner()));
		}
		assertRenamed(this.directory);
	}

	@Test
	void renamesShouldSurviveAKill() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				RenameWriter.class.getName(), this.directory.toString())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(output.readLine()).isEqualTo("renamed");
		}
		finally {
			writer.destroyForcibly();
			writer.waitFor(30, TimeUnit.SECONDS);
		}
		assertRenamed(this.directory);
	}

}
