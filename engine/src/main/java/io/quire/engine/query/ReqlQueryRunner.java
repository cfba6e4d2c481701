package io.quire.engine.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.ReadBarrier;
import io.quire.engine.ServerOptions;
import io.quire.engine.auth.Authorizer;
import io.quire.engine.auth.QueryGrants;
import io.quire.engine.auth.QueryPermissions;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.catalog.IndexDefinition;
import io.quire.engine.catalog.IndexKeyFunction;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Times;
import io.quire.engine.system.SystemDatabase;
import io.quire.engine.term.Compiler;
import io.quire.engine.term.DbRef;
import io.quire.engine.term.Env;
import io.quire.engine.term.Func;
import io.quire.engine.term.Grouped;
import io.quire.engine.term.StrayLiterals;
import io.quire.engine.term.IndexFunctions;
import io.quire.engine.term.Node;
import io.quire.engine.term.QueryContext;
import io.quire.engine.term.SingleRow;
import io.quire.engine.term.Stream;
import io.quire.engine.term.TableRef;
import io.quire.engine.term.Values;
import io.quire.protocol.ErrorType;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * The ReQL evaluator: compiles a START query's term, evaluates it against the catalog and
 * shapes the result as RethinkDB does (an atom, grouped data, or a stream read in
 * batches).
 */
public final class ReqlQueryRunner implements QueryRunner {

	private final Catalog catalog;

	private final SystemDatabase system;

	private final long maxQueryMemory;

	private final ServerOptions.Http http;

	private final @Nullable Authorizer authorizer;

	private final @Nullable QueryPermissions permissions;

	private final ReadBarrier readBarrier;

	/**
	 * A runner with the catalog's own system tables, the default memory bound and
	 * {@code r.http} unrestricted.
	 */
	public ReqlQueryRunner(Catalog catalog) {
		this(catalog, new SystemDatabase(catalog), QueryContext.DEFAULT_MEMORY_LIMIT, ServerOptions.Http.UNRESTRICTED,
				null);
	}

	/**
	 * @param system the {@code rethinkdb} database's tables
	 * @param maxQueryMemory the most heap, in bytes, that one value a query builds may
	 * take
	 * @param http what {@code r.http} may reach
	 * @param authorizer the permission checks every query passes ({@code null}: none)
	 */
	public ReqlQueryRunner(Catalog catalog, SystemDatabase system, long maxQueryMemory, ServerOptions.Http http,
			@Nullable Authorizer authorizer) {
		this(catalog, system, maxQueryMemory, http, authorizer, ReadBarrier.NONE);
	}

	/**
	 * Like
	 * {@link #ReqlQueryRunner(Catalog, SystemDatabase, long, ServerOptions.Http, Authorizer)}.
	 * @param readBarrier run before each query with its read mode; a member of a
	 * replicated group brings its store up to date there, and throws if it cannot
	 */
	public ReqlQueryRunner(Catalog catalog, SystemDatabase system, long maxQueryMemory, ServerOptions.Http http,
			@Nullable Authorizer authorizer, ReadBarrier readBarrier) {
		this.readBarrier = Objects.requireNonNull(readBarrier, "readBarrier must not be null");
		this.authorizer = authorizer;
		this.permissions = (authorizer != null)
				? new QueryPermissions(authorizer, catalog, (name) -> system.names().contains(name)) : null;
		this.catalog = catalog;
		this.system = system;
		this.maxQueryMemory = maxQueryMemory;
		this.http = http;
	}

	@Override
	public QueryResult run(QuerySession session, Object term, Map<String, Object> globalOptargs) {
		long started = System.nanoTime();
		this.system.activity().query();
		Node root = Compiler.compile(term);
		GlobalOptions options = GlobalOptions.parse(globalOptargs);
		QueryGrants grants = (this.permissions != null)
				? this.permissions.check(session.user(), term, options.database()) : QueryGrants.NONE;
		QueryContext context = new QueryContext(session, this.catalog, this.system, options.database(),
				Times.time(Instant.now()), options.arrayLimit(), options.durability(), this.maxQueryMemory,
				this.authorizer)
			.withHttp(this.http)
			.withGrants(grants)
			.withReads(this.readBarrier, options.readMode())
			.withGlobalOptargs(globalOptargs);
		try {
			Object value = root.eval(Env.root(context));
			return toResult(value, options, started, root.type());
		}
		catch (QueryException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw QueryException.runtime(ErrorType.INTERNAL, "Internal error: " + ex);
		}
	}

	/** Point reads by primary key on user tables and small constants. */
	@Override
	public boolean cannotBlock(Object term, Map<String, Object> globalOptargs) {
		return ShortQueries.cannotBlock(term, globalOptargs)
				&& !this.readBarrier.waits(ShortQueries.readMode(globalOptargs));
	}

	private static QueryResult toResult(@Nullable Object value, GlobalOptions options, long started, TermType type) {
		if (value instanceof TableRef table) {
			value = table.open();
		}
		if (value instanceof Stream stream && !stream.isMaterialized()) {
			return new QueryResult.Sequence(new BatchedResultStream(stream, options.batch()),
					profile(options, started, type));
		}
		return new QueryResult.Atom(atom(value), profile(options, started, type));
	}

	private static @Nullable Object atom(@Nullable Object value) {
		if (value instanceof Grouped grouped) {
			return grouped.toDatum();
		}
		if (value instanceof Func || value instanceof DbRef) {
			throw QueryException.queryLogic("Query result must be of type DATUM, GROUPED_DATA, or STREAM (got "
					+ Values.typeName(value) + ").");
		}
		if (value instanceof SingleRow row) {
			return row.document();
		}
		return StrayLiterals.check(Datums.requireJson(Values.datum(value)));
	}

	private static @Nullable Object profile(GlobalOptions options, long started, TermType type) {
		if (!options.profile()) {
			return null;
		}
		double millis = (System.nanoTime() - started) / 1e6;
		return List.of(Datums.object("description", "Evaluating " + type.name().toLowerCase() + ".", "duration(ms)",
				millis, "sub_tasks", List.of()));
	}

	/**
	 * The top-level term type of a query, for statistics ("queries per second by type");
	 * DATUM for a bare value and MAKE_OBJ for a bare object.
	 */
	public static TermType topLevelType(@Nullable Object term) {
		if (term instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Number number) {
			try {
				return TermType.of(number.intValue());
			}
			catch (IllegalArgumentException ex) {
				return TermType.DATUM;
			}
		}
		return (term instanceof Map) ? TermType.MAKE_OBJ : TermType.DATUM;
	}

	/**
	 * Compiles a stored index (its function: the JSON term of a one-argument FUNC) into
	 * the key function the storage layer calls on every write. A failing function or a
	 * null result gives no keys; a {@code multi} index yields one key per distinct
	 * element of an array result.
	 */
	public static IndexKeyFunction compileIndexFunction(IndexDefinition definition) {
		return IndexFunctions.compile(definition);
	}

}
