package io.quire.engine;

import java.nio.file.Path;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.net.Connection;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged writes on the on-disk store survive closing and reopening the server.
 */
class DurabilityIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	@TempDir
	Path directory;

	@Test
	void hardWritesShouldBeThereAfterReopeningTheDirectory() {
		try (QuireServer server = start(); Connection connection = connect(server)) {
			r.db("test").tableCreate("ledger").run(connection);
			r.table("ledger").indexCreate("amount").run(connection);
			for (int i = 0; i < 20; i++) {
				Object result = r.table("ledger")
					.insert(r.hashMap("id", i).with("amount", i * 10))
					.optArg("durability", "hard")
					.runAtom(connection);
				assertThat(result).asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("inserted", 1L);
			}
		}
		try (QuireServer server = start(); Connection connection = connect(server)) {
			assertThat(r.table("ledger").count().runAtom(connection)).isEqualTo(20L);
			assertThat(r.table("ledger").get(7).runAtom(connection)).asInstanceOf(InstanceOfAssertFactories.MAP)
				.containsEntry("amount", 70L);
			assertThat(r.table("ledger").indexList().runAtom(connection)).asList().containsExactly("amount");
		}
	}

	private QuireServer start() {
		QuireServer server = QuireServer.builder().port(0).dataDirectory(this.directory).build();
		server.start();
		return server;
	}

	private static Connection connect(QuireServer server) {
		return r.connection().hostname("127.0.0.1").port(server.port()).connect();
	}

}
