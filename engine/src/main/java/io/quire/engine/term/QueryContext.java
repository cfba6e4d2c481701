package io.quire.engine.term;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.ReadBarrier;
import io.quire.engine.ReadMode;
import io.quire.engine.ServerOptions;
import io.quire.engine.auth.Authorizer;
import io.quire.engine.auth.CheckedTable;
import io.quire.engine.auth.Permission;
import io.quire.engine.auth.QueryGrants;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.Durability;
import io.quire.engine.catalog.Table;
import io.quire.engine.system.ServerTables;
import io.quire.engine.system.SystemDatabase;
import io.quire.engine.system.TableStatusTable;
import org.jspecify.annotations.Nullable;

/**
 * What every term of one query shares: who runs it, the catalog and system tables, the
 * default database, the fixed time of {@code r.now()}, the array size limit and the
 * default durability from the global optargs.
 */
public final class QueryContext {

	/** RethinkDB's default {@code array_limit}. */
	public static final int DEFAULT_ARRAY_LIMIT = 100_000;

	/**
	 * The default bound on the heap one value a query builds may take: a quarter of the
	 * JVM's maximum heap.
	 */
	public static final long DEFAULT_MEMORY_LIMIT = Runtime.getRuntime().maxMemory() / 4;

	/** Who runs evaluations that no client asked for (index functions, write hooks). */
	public static final QuerySession INTERNAL = new QuerySession("admin", 0, "internal");

	private final @Nullable Catalog catalog;

	private final String defaultDatabase;

	private final Map<String, Object> now;

	private final int arrayLimit;

	private final @Nullable Durability durability;

	private final long memoryLimit;

	private final QuerySession session;

	private final @Nullable SystemDatabase system;

	private ServerOptions.Http http = ServerOptions.Http.UNRESTRICTED;

	private final @Nullable Authorizer authorizer;

	private QueryGrants grants = QueryGrants.NONE;

	private ReadBarrier readBarrier = ReadBarrier.NONE;

	private ReadMode readMode = ReadMode.SINGLE;

	/** The read modes this query already brought the store up to date for. */
	private final Set<ReadMode> readied = EnumSet.noneOf(ReadMode.class);

	private Map<String, Object> globalOptargs = Map.of();

	/** A context for evaluation the server does itself, with no tables of the system. */
	public QueryContext(@Nullable Catalog catalog, String defaultDatabase, Map<String, Object> now, int arrayLimit,
			@Nullable Durability durability) {
		this(INTERNAL, catalog, null, defaultDatabase, now, arrayLimit, durability, DEFAULT_MEMORY_LIMIT);
	}

	/**
	 * @param session who runs the query
	 * @param system the {@code rethinkdb} database's tables
	 * @param memoryLimit the most heap, in bytes, that one value the query builds may
	 * take
	 */
	public QueryContext(QuerySession session, @Nullable Catalog catalog, @Nullable SystemDatabase system,
			String defaultDatabase, Map<String, Object> now, int arrayLimit, @Nullable Durability durability,
			long memoryLimit) {
		this(session, catalog, system, defaultDatabase, now, arrayLimit, durability, memoryLimit, null);
	}

	/**
	 * Like the constructor above, with the permission checks the session's user passes
	 * ({@code null}: none, as for the server's own evaluations).
	 */
	public QueryContext(QuerySession session, @Nullable Catalog catalog, @Nullable SystemDatabase system,
			String defaultDatabase, Map<String, Object> now, int arrayLimit, @Nullable Durability durability,
			long memoryLimit, @Nullable Authorizer authorizer) {
		this.authorizer = authorizer;
		this.session = session;
		this.catalog = catalog;
		this.system = system;
		this.memoryLimit = memoryLimit;
		this.defaultDatabase = defaultDatabase;
		this.now = now;
		this.arrayLimit = arrayLimit;
		this.durability = durability;
	}

	public Catalog catalog() {
		if (this.catalog == null) {
			throw QueryException.queryLogic("Cannot use tables or databases here.");
		}
		return this.catalog;
	}

	/** Who runs the query. */
	public QuerySession session() {
		return this.session;
	}

	/**
	 * A table of the catalog or, in the {@code rethinkdb} database, a system table read
	 * as the query's user.
	 */
	public Table table(String database, String name) {
		Table table = (SystemDatabase.NAME.equals(database) && this.system != null)
				? this.system.table(name, this.session) : catalog().table(database, name);
		return (this.authorizer != null) ? CheckedTable.of(table, this.session.user(), this.authorizer, this.grants)
				: table;
	}

	/**
	 * Fails with RethinkDB's PERMISSION_ERROR unless the query's user holds the
	 * permission (always, where no checks apply).
	 * @param database the database, {@code null} for the global scope
	 * @param table the table, {@code null} for the database scope
	 */
	public void require(Permission permission, @Nullable String database, @Nullable String table) {
		if (this.authorizer != null) {
			this.authorizer.check(this.session.user(), permission, database, table);
		}
	}

	/** The permission checks of this query, or {@code null} where none apply. */
	public @Nullable Authorizer authorizer() {
		return this.authorizer;
	}

	/**
	 * Sets, once before the query runs, the table permissions its up-front check found
	 * held, so opening those tables does not check them again.
	 */
	public QueryContext withGrants(QueryGrants grants) {
		this.grants = grants;
		return this;
	}

	/**
	 * Sets, once before the query runs, the query's global optargs (terms as sent), which
	 * RethinkDB lets a term read as if they were its own.
	 */
	public QueryContext withGlobalOptargs(Map<String, Object> optargs) {
		this.globalOptargs = Collections.unmodifiableMap(new HashMap<>(optargs));
		return this;
	}

	/** Whether the query was sent with this global optarg. */
	public boolean hasGlobalOptarg(String name) {
		return this.globalOptargs.containsKey(name);
	}

	/** The datum of a global optarg, or {@code fallback} when the query has none. */
	@Nullable Object globalOptarg(String name, @Nullable Object fallback) {
		if (!this.globalOptargs.containsKey(name)) {
			return fallback;
		}
		try {
			return Values.datum(Compiler.compile(this.globalOptargs.get(name)).eval(Env.root(this)));
		}
		catch (QueryException ex) {
			throw ex.withFrame(name);
		}
	}

	/**
	 * Tells the system tables' changefeeds that a term of this query changed the
	 * configuration they show.
	 */
	void configurationChanged() {
		if (this.system != null) {
			this.system.configurationChanged();
		}
	}

	/**
	 * A table's status row: with every member's replica where the system tables are
	 * reachable, this server's alone otherwise.
	 */
	public Map<String, Object> tableStatus(Table table) {
		return (this.system != null) ? this.system.tableStatus(table) : TableStatusTable.row(catalog(), table);
	}

	/**
	 * How many servers carry each server tag: every member's where the system tables are
	 * reachable, this server's otherwise.
	 */
	public Map<String, Long> serverTagCounts() {
		return (this.system != null) ? this.system.serverTagCounts() : ServerTables.serverTagCounts(catalog());
	}

	/** The system tables' names, or {@code null} where queries cannot reach them. */
	@Nullable List<String> systemTableNames() {
		return (this.system != null) ? this.system.names() : null;
	}

	public String defaultDatabase() {
		return this.defaultDatabase;
	}

	public Map<String, Object> now() {
		return this.now;
	}

	public int arrayLimit() {
		return this.arrayLimit;
	}

	/** The durability a write uses when it has no optarg of its own. */
	public Durability durability(@Nullable Durability requested) {
		if (requested != null) {
			return requested;
		}
		return (this.durability != null) ? this.durability : Durability.HARD;
	}

	/**
	 * Sets, once before the query runs, what a read of a user table waits for first, and
	 * the query's read mode.
	 */
	public QueryContext withReads(ReadBarrier barrier, ReadMode mode) {
		this.readBarrier = barrier;
		this.readMode = mode;
		return this;
	}

	/**
	 * Before the query reads a user table with that read mode ({@code null}: the
	 * query's): brings the store up to date as the mode asks, once per mode and query.
	 */
	void beforeTableRead(@Nullable String tableReadMode) {
		ReadMode mode = (tableReadMode != null) ? ReadMode.of(tableReadMode) : this.readMode;
		synchronized (this.readied) {
			if (this.readied.contains(mode)) {
				return;
			}
		}
		this.readBarrier.await(mode);
		synchronized (this.readied) {
			this.readied.add(mode);
		}
	}

	/** What {@code r.http} may reach; unrestricted unless the server says otherwise. */
	public ServerOptions.Http http() {
		return this.http;
	}

	/** Sets what {@code r.http} may reach, once, before the query runs. */
	public QueryContext withHttp(ServerOptions.Http http) {
		this.http = http;
		return this;
	}

	/** The most heap, in bytes, that one value the query builds may take. */
	public long memoryLimit() {
		return this.memoryLimit;
	}

	/** A budget for one value the query builds in memory, row by row. */
	MemoryBudget memoryBudget() {
		return new MemoryBudget(this.memoryLimit);
	}

	/**
	 * Fails with RethinkDB's RESOURCE_LIMIT error when the array is too big: over the
	 * array limit, or surely over the memory limit (cheap, without walking it).
	 */
	public <T extends List<?>> T checkArray(T array) {
		checkArraySize(array.size());
		return array;
	}

	/** Fails as {@link #checkArray} would for an array of {@code size} elements. */
	public void checkArraySize(long size) {
		if (size > this.arrayLimit) {
			throw arrayOverLimit();
		}
		if (size * MemoryBudget.MIN_ELEMENT_BYTES > this.memoryLimit) {
			throw MemoryBudget.overLimit(this.memoryLimit);
		}
	}

	/** Fails with RESOURCE_LIMIT when the string alone is over the memory limit. */
	public String checkString(String text) {
		if (MemoryBudget.footprint(text) > this.memoryLimit) {
			throw MemoryBudget.overLimit(this.memoryLimit);
		}
		return text;
	}

	public QueryException arrayOverLimit() {
		return QueryException.arrayOverLimit(this.arrayLimit);
	}

}
