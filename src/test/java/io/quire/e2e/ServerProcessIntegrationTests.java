package io.quire.e2e;

import java.io.IOException;
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
 * The packaged server jar as users run it: started with {@code java -jar} on a free
 * driver port announced through the port file, used through the official RethinkDB Java
 * driver, stopped with SIGTERM, started again on the same data directory.
 */
class ServerProcessIntegrationTests {

	/**
	 * What a JVM exits with when SIGTERM ended it after its shutdown hooks ran (128 +
	 * 15).
	 */
	private static final int EXIT_AFTER_SIGTERM = 143;

	private static final RethinkDB r = RethinkDB.r;

	@TempDir
	Path work;

	@Test
	void acknowledgedWritesShouldSurviveAGracefulStopAndRestart() throws Exception {
		Path data = this.work.resolve("data");
		try (ServerJvm first = ServerJvm.start(data, this.work, 0, 0)) {
			try (Connection connection = connect(first.awaitDriverPort())) {
				r.db("test").tableCreate("books").run(connection);
				r.table("books")
					.insert(r.array(book(1, "Dubliners"), book(2, "Ulysses"), book(3, "Finnegans Wake")))
					.optArg("durability", "hard")
					.run(connection);
			}
			assertThat(first.terminate()).isIn(0, EXIT_AFTER_SIGTERM);
			assertThat(first.log()).contains("Quire ready on 127.0.0.1:")
				.contains("Quire stopped")
				.doesNotContain("ERROR");
			assertThat(first.portFile()).doesNotExist();
		}
		try (ServerJvm second = ServerJvm.start(data, this.work, 0, 0)) {
			try (Connection connection = connect(second.awaitDriverPort())) {
				List<Object> titles = r.table("books").orderBy("id").getField("title").run(connection).toList();
				assertThat(titles).containsExactly("Dubliners", "Ulysses", "Finnegans Wake");
			}
			assertThat(second.terminate()).isIn(0, EXIT_AFTER_SIGTERM);
		}
	}

	/**
	 * The engine opens its port before the Spring context exists (EarlyEngineStart); a
	 * SIGTERM in that window, before the context took the engine over, must still stop it
	 * cleanly.
	 */
	@Test
	void stopAsSoonAsThePortFileAppearsShouldCloseTheEngineAndDeleteThePortFile() throws Exception {
		try (ServerJvm server = ServerJvm.start(this.work.resolve("data"), this.work, 0, 0)) {
			server.awaitDriverPort();
			assertThat(server.terminate()).isIn(0, EXIT_AFTER_SIGTERM);
			assertThat(server.portFile()).doesNotExist();
			assertThat(server.log()).contains("Quire stopped");
		}
	}

	@Test
	void secondServerOnADataDirectoryInUseShouldExitWithAClearMessage() throws Exception {
		Path data = this.work.resolve("data");
		try (ServerJvm first = ServerJvm.start(data, directory("first"), 0, 0)) {
			int port = first.awaitDriverPort();
			try (ServerJvm second = ServerJvm.start(data, directory("second"), 0, 0)) {
				assertThat(second.awaitExit()).isNotZero();
				assertThat(second.log()).contains("Quire could not start")
					.contains("Another Quire server is using this data directory");
			}
			try (Connection connection = connect(port)) {
				assertThat(r.dbList().run(connection).toList()).contains("test");
			}
			assertThat(first.terminate()).isIn(0, EXIT_AFTER_SIGTERM);
		}
	}

	private Path directory(String name) throws IOException {
		return Files.createDirectories(this.work.resolve(name));
	}

	private static Connection connect(int port) {
		return r.connection().hostname("127.0.0.1").port(port).unwrapLists(true).connect();
	}

	private static Map<String, Object> book(int id, String title) {
		return Map.of("id", id, "title", title);
	}

}
