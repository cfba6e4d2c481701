package io.quire.engine.system;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.quire.engine.Engine;
import io.quire.engine.datum.Printer;
import io.quire.engine.query.QueryResult;
import io.quire.engine.query.ReqlQueryRunner;
import io.quire.engine.query.ReqlTester;
import io.quire.engine.query.ResultStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.quire.engine.system.SystemTablesShapeTests.system;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changefeeds on the {@code rethinkdb} tables see writes through those tables and
 * configuration changes as they happen, one change each, in order: a poll would fold
 * several quick changes of a row into one, or miss a row that came and went.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SystemTableFeedsTests {

	private final Engine engine = Engine.inMemory();

	private final ReqlTester reql = new ReqlTester(this.engine.catalog(), (ReqlQueryRunner) this.engine.queryRunner());

	private final List<ResultStream> feeds = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (ResultStream feed : this.feeds) {
			feed.close();
		}
		this.engine.close();
	}

	private ResultStream feed(String term) throws InterruptedException {
		ResultStream feed = ((QueryResult.Sequence) this.reql.result(term, "{}")).stream();
		this.feeds.add(feed);
		feed.nextBatch();
		return feed;
	}

	/**
	 * The next {@code count} changes of the feed (the test's timeout bounds the wait).
	 */
	private static List<String> next(ResultStream feed, int count) throws InterruptedException {
		List<String> changes = new ArrayList<>();
		while (changes.size() < count) {
			feed.nextBatch().rows().forEach((row) -> changes.add(Printer.json(row)));
		}
		return changes;
	}

	@Test
	void debugScratchFeedShouldSeeEveryWriteInOrder() throws InterruptedException {
		ResultStream feed = feed("[152,[" + system("_debug_scratch") + "]]");
		ResultStream point = feed("[152,[[16,[" + system("_debug_scratch") + ",1]]]]");
		this.reql.value("[56,[" + system("_debug_scratch") + ",{'id':1}]]");
		this.reql.value("[53,[[16,[" + system("_debug_scratch") + ",1]],{'update':1}]]");
		this.reql.value("[54,[[16,[" + system("_debug_scratch") + ",1]]]]");
		List<String> expected = List.of("{\"new_val\":{\"id\":1},\"old_val\":null}",
				"{\"new_val\":{\"id\":1,\"update\":1},\"old_val\":{\"id\":1}}",
				"{\"new_val\":null,\"old_val\":{\"id\":1,\"update\":1}}");
		assertThat(next(feed, 3)).isEqualTo(expected);
		assertThat(next(point, 3)).isEqualTo(expected);
	}

	@Test
	void configFeedsShouldSeeDdlAtOnce() throws InterruptedException {
		ResultStream databases = feed("[152,[" + system("db_config") + "]]");
		ResultStream tables = feed("[152,[[33,[" + system("table_config") + ",'name','indexes']]]]");
		this.reql.value("[57,['app']]");
		this.reql.value("[60,[[14,['app']],'books']]");
		this.reql.value("[75,[[15,[[14,['app']],'books']],'title']]");
		this.reql.value("[61,[[14,['app']],'books']]");
		assertThat(next(databases, 1)).singleElement()
			.asString()
			.contains("\"name\":\"app\"")
			.contains("\"old_val\":null");
		assertThat(next(tables, 3)).containsExactly(
				"{\"new_val\":{\"indexes\":[],\"name\":\"books\"},\"old_val\":null}",
				"{\"new_val\":{\"indexes\":[\"title\"],\"name\":\"books\"},\"old_val\":{\"indexes\":[],\"name\":\"books\"}}",
				"{\"new_val\":null,\"old_val\":{\"indexes\":[\"title\"],\"name\":\"books\"}}");
	}

	@Test
	void usersAndPermissionsFeedsShouldSeeEachUserChangeAndGrant() throws InterruptedException {
		ResultStream users = feed("[152,[" + system("users") + "]]");
		ResultStream permissions = feed("[152,[[33,[" + system("permissions") + ",'user','permissions']]]]");
		this.reql.value("[56,[" + system("users") + ",{'id':'bob','password':'secret'}]]");
		this.reql.value("[188,[[14,['test']],'bob',{'read':true}]]");
		this.reql.value("[188,[[14,['test']],'bob',{'write':true}]]");
		this.reql.value("[54,[[16,[" + system("users") + ",'bob']]]]");
		assertThat(next(users, 2)).containsExactly("{\"new_val\":{\"id\":\"bob\",\"password\":true},\"old_val\":null}",
				"{\"new_val\":null,\"old_val\":{\"id\":\"bob\",\"password\":true}}");
		assertThat(next(permissions, 3)).containsExactly(
				"{\"new_val\":{\"permissions\":{\"read\":true},\"user\":\"bob\"},\"old_val\":null}",
				"{\"new_val\":{\"permissions\":{\"read\":true,\"write\":true},\"user\":\"bob\"},"
						+ "\"old_val\":{\"permissions\":{\"read\":true},\"user\":\"bob\"}}",
				"{\"new_val\":null,\"old_val\":{\"permissions\":{\"read\":true,\"write\":true},\"user\":\"bob\"}}");
	}

	@Test
	void serverConfigFeedShouldSeeEachRename() throws InterruptedException {
		ResultStream servers = feed("[152,[[33,[" + system("server_config") + ",'name']]]]");
		String before = (String) this.reql.value("[31,[[45,[" + system("server_config") + ",0]],'name']]");
		this.reql.value("[53,[" + system("server_config") + ",{'name':'renamed'}]]");
		this.reql.value("[53,[" + system("server_config") + ",{'name':'" + before + "'}]]");
		assertThat(next(servers, 2)).containsExactly(
				"{\"new_val\":{\"name\":\"renamed\"},\"old_val\":{\"name\":\"" + before + "\"}}",
				"{\"new_val\":{\"name\":\"" + before + "\"},\"old_val\":{\"name\":\"renamed\"}}");
	}

}
