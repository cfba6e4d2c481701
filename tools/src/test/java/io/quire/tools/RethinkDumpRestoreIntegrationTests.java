package io.quire.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quire.driver.query.Table;
import io.quire.tools.testing.Args;
import io.quire.tools.testing.GeoQueries;
import io.quire.tools.testing.RethinkDumpFixture;
import io.quire.tools.testing.TestServer;
import io.quire.tools.testing.ToolRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;

class RethinkDumpRestoreIntegrationTests {

	@TempDir
	Path directory;

	@Test
	void archiveLaidOutAsRethinkDbWritesOneRestoresWithIndexesAndHook() throws Exception {
		Path archive = RethinkDumpFixture.write(this.directory);
		try (TestServer server = TestServer.inMemory()) {
			ToolRun run = ToolRun.of(Args.of("restore", server, archive.toString()));
			assertThat(run.status()).as(run.err()).isZero();
			assertThat(run.out()).contains("1 tables", "3 rows");
			Table heroes = r.db("test").table("heroes");
			assertThat(heroes.info().g("primary_key").runAtom(server.connection(), String.class)).isEqualTo("hero_id");
			assertThat(heroes.get("h3").g("name").runAtom(server.connection(), String.class)).isEqualTo("Émilie");
			assertThat(heroes.get("h1").g("born").toEpochTime().runAtom(server.connection(), Double.class))
				.isEqualTo(-4849401600.0);
			assertThat(heroes.get("h2").g("badge").runAtom(server.connection(), byte[].class)).containsExactly(0, 1, 2);
			assertThat(heroes.indexList().runAtom(server.connection(), List.class)).containsExactly("double_score",
					"home", "name", "name_city", "tags");
			assertThat(heroes.getAll(14)
				.optArg("index", "double_score")
				.g("hero_id")
				.runAtom(server.connection(), List.class)).containsExactly("h1");
			assertThat(GeoQueries.intersecting(heroes, "home", -0.12, 51.5)
				.count()
				.runAtom(server.connection(), Long.class)).isEqualTo(1);
			assertThat(heroes.getAll("Grace")
				.optArg("index", "name")
				.g("hero_id")
				.runAtom(server.connection(), List.class)).containsExactly("h2");
			assertThat(heroes.getAll(r.array("Ada", "London"))
				.optArg("index", "name_city")
				.count()
				.runAtom(server.connection(), Long.class)).isEqualTo(1);
			assertThat(heroes.getAll("code").optArg("index", "tags").count().runAtom(server.connection(), Long.class))
				.isEqualTo(2);
			heroes.insert(r.expr(Map.of("hero_id", "h4", "name", "Alan"))).runAtom(server.connection(), Map.class);
			assertThat(heroes.get("h4").g("restored").runAtom(server.connection(), Boolean.class)).isTrue();
		}
	}

}
