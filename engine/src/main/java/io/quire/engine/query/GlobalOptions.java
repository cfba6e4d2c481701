package io.quire.engine.query;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import io.quire.engine.QueryException;
import io.quire.engine.ReadMode;
import io.quire.engine.catalog.Durability;
import io.quire.engine.datum.Times;
import io.quire.engine.term.Compiler;
import io.quire.engine.term.DbRef;
import io.quire.engine.term.Env;
import io.quire.engine.term.QueryContext;
import io.quire.engine.term.TermCatalog;
import io.quire.engine.term.Types;
import io.quire.engine.term.Values;
import org.jspecify.annotations.Nullable;

/**
 * The global optional arguments of a query, evaluated: default database, durability,
 * array limit, batch limits and profiling. Unknown names are a COMPILE_ERROR, as in
 * RethinkDB.
 */
record GlobalOptions(String database, @Nullable Durability durability, int arrayLimit, BatchOptions batch,
		boolean profile, ReadMode readMode) {

	private static final Set<String> GLOBAL_NAMES = Set.of("db", "noreply", "profile", "durability", "read_mode",
			"array_limit", "min_batch_rows", "max_batch_rows", "max_batch_bytes", "max_batch_seconds",
			"first_batch_scaledown_factor", "changefeed_queue_size", "default_timezone", "identifier_format",
			"time_format", "binary_format", "group_format", "use_outdated");

	private static final Set<String> READ_MODES = Set.of("single", "majority", "outdated");

	static GlobalOptions parse(Map<String, Object> optargs) {
		for (String name : optargs.keySet()) {
			if (!GLOBAL_NAMES.contains(name) && !TermCatalog.isKnownOptarg(name)) {
				throw QueryException.compile("Unrecognized global optional argument `" + name + "`.");
			}
		}
		QueryContext bare = new QueryContext(null, "test", Times.time(Instant.now()), QueryContext.DEFAULT_ARRAY_LIMIT,
				null);
		Reader reader = new Reader(optargs, bare);
		return new GlobalOptions(reader.database(), reader.durability(), reader.arrayLimit(), reader.batch(),
				reader.bool("profile"), ReadMode.of(reader.readMode()));
	}

	/** Evaluates optarg terms in a context without tables. */
	private record Reader(Map<String, Object> optargs, QueryContext context) {

		@Nullable Object value(String name) {
			try {
				return Compiler.compile(this.optargs.get(name)).eval(Env.root(this.context));
			}
			catch (QueryException ex) {
				throw ex.withFrame(name);
			}
		}

		String database() {
			if (!this.optargs.containsKey("db")) {
				return "test";
			}
			Object value = value("db");
			if (value instanceof DbRef db) {
				return db.name();
			}
			return Types.string(Values.datum(value));
		}

		@Nullable Durability durability() {
			return this.optargs.containsKey("durability") ? Durability.parse(Types.string(value("durability"))) : null;
		}

		/** {@code array_limit}: an integer of at least 1, checked as RethinkDB does. */
		int arrayLimit() {
			if (!this.optargs.containsKey("array_limit")) {
				return 100_000;
			}
			long limit = Types.integer(Values.datum(value("array_limit")));
			if (limit < 1) {
				throw QueryException.queryLogic("Illegal array size limit `" + limit + "`.  (Must be >= 1.)");
			}
			return (int) Math.min(limit, Integer.MAX_VALUE);
		}

		double number(String name, double fallback, double minimum) {
			if (!this.optargs.containsKey(name)) {
				return fallback;
			}
			double number = Types.number(Values.datum(value(name)));
			if (number < minimum) {
				throw QueryException.queryLogic("Illegal `" + name + "` (must be >= " + (long) minimum + ").");
			}
			return number;
		}

		/**
		 * The read mode, {@code single} by default; an unknown one is refused as
		 * RethinkDB does.
		 */
		String readMode() {
			if (!this.optargs.containsKey("read_mode")) {
				return "single";
			}
			String readMode = Types.string(Values.datum(value("read_mode")));
			if (!READ_MODES.contains(readMode)) {
				throw QueryException
					.queryLogic("Read mode `" + readMode
							+ "` unrecognized (options are \"majority\", \"single\", and \"outdated\").")
					.withFrame("read_mode");
			}
			return readMode;
		}

		boolean bool(String name) {
			return this.optargs.containsKey(name) && Values.truthy(Values.datum(value(name)));
		}

		BatchOptions batch() {
			BatchOptions defaults = BatchOptions.DEFAULTS;
			long rows = (long) number("max_batch_rows", defaults.maxRows(), 1);
			long bytes = (long) number("max_batch_bytes", defaults.maxBytes(), 1);
			long nanos = (long) (number("max_batch_seconds", defaults.maxNanos() / 1e9, 0) * 1e9);
			long scaledown = (long) number("first_batch_scaledown_factor", defaults.firstBatchScaledown(), 1);
			return new BatchOptions(rows, bytes, Math.max(1, nanos), scaledown);
		}

	}

}
