package io.quire.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.quire.engine.GroupTestSupport.await;
import static io.quire.engine.TestGroup.reql;
import static io.quire.engine.TestGroup.systemRows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group member's {@code server_config} row (name, tags, cache size) lives in the store
 * the members share: changed on the primary for any member, it is that member's on every
 * member and nobody else's, and it survives the member's restart.
 */
class MemberConfigIntegrationTests {

	private static final String SERVER_CONFIG = "[15,[[14,['rethinkdb']],'server_config']]";

	@TempDir
	Path directory;

	private TestGroup group;

	@BeforeEach
	void startGroup() throws IOException {
		this.group = new TestGroup(this.directory, 3);
	}

	@AfterEach
	void stopGroup() {
		this.group.close();
	}

	@Test
	void renamingAStandbyOnThePrimaryShouldRenameItEverywhereAndOnlyIt() {
		Engine primary = this.group.awaitPrimary();
		Engine standby = this.group.standbys(primary).get(0);
		String primaryName = primary.catalog().serverName();
		assertThat(reql(primary).json(update(standby, "{'name':'east'}"))).contains("\"replaced\":1");
		for (Engine member : this.group.running()) {
			await(() -> "east".equals(row(member, standby).get("name")));
			assertThat(row(member, primary).get("name")).isEqualTo(primaryName);
		}
		await(() -> standby.catalog().serverName().equals("east"));
		assertThat(primary.catalog().serverName()).isEqualTo(primaryName);
		await(() -> systemRows(primary, "server_status").stream().anyMatch((row) -> "east".equals(row.get("name"))));
	}

	@Test
	void tagsAndCacheSizeOfOneMemberShouldStayThatMembers() {
		Engine primary = this.group.awaitPrimary();
		Engine standby = this.group.standbys(primary).get(1);
		reql(primary).value(update(standby, "{'tags':[2,['eu','ssd']],'cache_size_mb':512}"));
		for (Engine member : this.group.running()) {
			await(() -> List.of("eu", "ssd").equals(row(member, standby).get("tags")));
			assertThat(row(member, standby).get("cache_size_mb")).isEqualTo(512.0);
			assertThat(row(member, primary).get("tags")).isEqualTo(List.of("default"));
			assertThat(row(member, primary).get("cache_size_mb")).isEqualTo("auto");
		}
	}

	@Test
	void renameShouldSurviveTheMembersRestart() {
		Engine primary = this.group.awaitPrimary();
		Engine standby = this.group.standbys(primary).get(0);
		int slot = this.group.engines.indexOf(standby);
		reql(primary).value(update(standby, "{'name':'west'}"));
		await(() -> standby.catalog().serverName().equals("west"));
		this.group.stop(standby);
		Engine restarted = this.group.open(slot, this.group.peers);
		this.group.engines.set(slot, restarted);
		assertThat(restarted.catalog().serverName()).isEqualTo("west");
	}

	@Test
	void twoMembersShouldNotShareAName() {
		Engine primary = this.group.awaitPrimary();
		Engine standby = this.group.standbys(primary).get(0);
		String primaryName = primary.catalog().serverName();
		String standbyName = String.valueOf(row(primary, standby).get("name"));
		assertThat(reql(primary).json(update(standby, "{'name':'" + primaryName + "'}"))).contains("\"errors\":1")
			.contains("Cannot rename server `" + standbyName + "` to `" + primaryName + "` because server `"
					+ primaryName + "` already exists.");
		assertThat(row(primary, standby).get("name")).isEqualTo(standbyName);
	}

	@Test
	void reconfigureShouldCountTheServersOfEveryMemberPerTag() {
		Engine primary = this.group.awaitPrimary();
		Engine standby = this.group.standbys(primary).get(0);
		reql(primary).value("[60,['t']]");
		reql(primary).value(update(standby, "{'tags':[2,['default','ssd']]}"));
		assertThat(reql(primary).json(reconfigure("'replicas':3"))).contains("\"reconfigured\":1");
		assertThat(reql(primary).error(reconfigure("'replicas':4")).getMessage())
			.startsWith("Can't put 4 replicas on servers with the tag `default` because there are only 3 servers");
		assertThat(reql(primary).json(reconfigure("'replicas':{'ssd':1,'default':2},'primary_replica_tag':'ssd'")))
			.contains("\"reconfigured\":1");
		assertThat(reql(primary).error(reconfigure("'replicas':{'ssd':2},'primary_replica_tag':'ssd'")).getMessage())
			.startsWith("Can't put 2 replicas on servers with the tag `ssd` because there are only 1 servers");
		assertThat(reql(primary).error(reconfigure("'replicas':{'eu':1},'primary_replica_tag':'eu'")).getMessage())
			.isEqualTo("Could not find any servers with server tag `eu`.");
	}

	private static String reconfigure(String optargs) {
		return "[176,[[15,[[14,['test']],'t']]],{'shards':1," + optargs + "}]";
	}

	private static String update(Engine target, String changes) {
		return "[53,[[16,[" + SERVER_CONFIG + ",'" + target.serverId() + "']]," + changes + "]]";
	}

	private static Map<String, Object> row(Engine member, Engine target) {
		return systemRows(member, "server_config").stream()
			.filter((row) -> Objects.equals(row.get("id"), target.serverId().toString()))
			.findFirst()
			.orElseThrow();
	}

}
