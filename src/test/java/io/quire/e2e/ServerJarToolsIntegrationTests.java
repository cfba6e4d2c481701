package io.quire.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tools as users run them from the server jar: {@code java -jar quire-server.jar
 * dump ...} against a running server jar, then {@code restore}, and {@code --help}
 * without starting a server.
 */
class ServerJarToolsIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	@TempDir
	Path work;

	@Test
	void serverJarShouldDumpAndRestoreThroughItsToolCommands() throws Exception {
		try (ServerJvm server = ServerJvm.start(this.work.resolve("data"), this.work, 0, 0)) {
			int port = server.awaitDriverPort();
			try (Connection connection = connect(port)) {
				r.db("test").tableCreate("books").run(connection);
				r.table("books")
					.insert(r.array(Map.of("id", 1, "title", "Dubliners"), Map.of("id", 2, "title", "Ulysses")))
					.run(connection);
				r.table("books").indexCreate("title").run(connection);
			}
			Path archive = this.work.resolve("books.tar.gz");
			assertThat(tool("dump", "-c", "127.0.0.1:" + port, "-f", archive.toString(), "-e", "test")).isZero();
			assertThat(archive).isRegularFile();
			try (Connection connection = connect(port)) {
				r.db("test").tableDrop("books").run(connection);
			}
			assertThat(tool("restore", archive.toString(), "-c", "127.0.0.1:" + port)).isZero();
			try (Connection connection = connect(port)) {
				List<Object> titles = r.table("books")
					.orderBy()
					.optArg("index", "title")
					.getField("title")
					.run(connection)
					.toList();
				assertThat(titles).containsExactly("Dubliners", "Ulysses");
			}
			assertThat(Files.readString(this.work.resolve("tool.log"))).contains("Done").doesNotContain("DEBUG");
		}
	}

	@Test
	void serverJarHelpShouldListTheToolsWithoutStartingAServer() throws Exception {
		assertThat(tool("--help")).isZero();
		assertThat(Files.readString(this.work.resolve("tool.log"))).contains("dump", "restore", "import", "export")
			.doesNotContain("Quire ready");
	}

	private int tool(String... arguments) throws Exception {
		ChildJvm jvm = ChildJvm.start(E2eJars.server(), List.of(arguments), this.work, "tool");
		return jvm.awaitExit();
	}

	private static Connection connect(int port) {
		return r.connection().hostname("127.0.0.1").port(port).unwrapLists(true).connect();
	}

}
