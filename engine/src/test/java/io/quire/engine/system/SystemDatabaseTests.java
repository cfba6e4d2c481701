package io.quire.engine.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.engine.QuerySession;
import io.quire.engine.ServerOptions;
import io.quire.engine.datum.Datums;
import io.quire.engine.query.MemoryCatalog;
import io.quire.engine.query.ReqlQueryRunner;
import io.quire.engine.query.ReqlTester;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SystemDatabaseTests {

	private final MemoryCatalog catalog = new MemoryCatalog();

	private final SystemDatabase system = new SystemDatabase(this.catalog);

	private final ReqlTester reql = new ReqlTester(this.catalog,
			new ReqlQueryRunner(this.catalog, this.system, Long.MAX_VALUE, ServerOptions.Http.UNRESTRICTED, null));

	private static String systemTable(String name) {
		return "[15,[[14,['rethinkdb']],'" + name + "']]";
	}

	@Test
	void registeredTableIsListedAndReadAsTheCallingUser() {
		this.system.register(new Notes());
		assertThat(this.reql.json("[62,[[14,['rethinkdb']]]]")).contains("\"notes\"").contains("\"db_config\"");
		assertThat(this.reql.json(systemTable("notes"))).isEqualTo("[{\"id\":\"admin\"}]");
	}

	@Test
	void writesReachTheTableAsRowChanges() {
		Notes notes = new Notes();
		this.system.register(notes);
		assertThat(this.reql.json("[56,[" + systemTable("notes") + ",{'id':'x','text':'hi'}]]"))
			.contains("\"inserted\":1");
		assertThat(notes.written).containsExactly(Datums.object("id", "x", "text", "hi"));
	}

	@Test
	void readOnlyTableRefusesWritesWithoutLosingTheOthers() {
		assertThat(this.reql.json("[56,[" + systemTable("current_issues") + ",{'id':'x'}]]")).contains("\"errors\":1")
			.contains("read-only");
	}

	@Test
	void missingSystemTableIsReportedAsRethinkDbDoes() {
		assertThat(this.reql.error(systemTable("nope")).getMessage())
			.isEqualTo("Table `rethinkdb.nope` does not exist.");
	}

	/** A writable table whose only row names the caller. */
	private static final class Notes implements SystemTable {

		final List<Map<String, Object>> written = new ArrayList<>();

		@Override
		public String name() {
			return "notes";
		}

		@Override
		public List<Map<String, Object>> rows(QuerySession caller) {
			return List.of(new LinkedHashMap<>(Map.of("id", caller.user())));
		}

		@Override
		public @Nullable Map<String, Object> write(@Nullable Map<String, Object> before,
				@Nullable Map<String, Object> after, QuerySession caller) {
			if (after != null) {
				this.written.add(after);
			}
			return after;
		}

	}

}
