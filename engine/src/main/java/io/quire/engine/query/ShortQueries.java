package io.quire.engine.query;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quire.engine.ReadMode;
import io.quire.engine.system.SystemDatabase;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Recognises the queries that finish at once and never wait: a point {@code get} or a
 * {@code get_all} of a few primary keys on a user table, and small constants
 * ({@code r.expr}). The network layer runs these on the connection's event loop instead
 * of handing them to a worker, which saves two thread hops per request. Anything else
 * (writes, which may wait for the disk; scans; functions; the {@code rethinkdb} tables,
 * which may gather state; terms with optional arguments) is not short. Stateless.
 */
final class ShortQueries {

	/** The most keys a short {@code get_all} reads. */
	static final int MAX_KEYS = 16;

	/** The most values (arrays, objects and scalars) a short constant holds. */
	static final int MAX_CONSTANT_VALUES = 64;

	/** Read modes answered from the local store alone. */
	private static final Set<Object> LOCAL_READ_MODES = Set.of("single", "outdated");

	private static final int DATUM = TermType.DATUM.value();

	private static final int MAKE_ARRAY = TermType.MAKE_ARRAY.value();

	private static final int DB = TermType.DB.value();

	private static final int TABLE = TermType.TABLE.value();

	private static final int GET = TermType.GET.value();

	private static final int GET_ALL = TermType.GET_ALL.value();

	private ShortQueries() {
	}

	/**
	 * Whether the START term with these global optargs cannot block: its evaluation reads
	 * at most a few documents by primary key, or builds a small constant.
	 */
	static boolean cannotBlock(@Nullable Object term, Map<String, Object> globalOptargs) {
		if (!optargsConstant(globalOptargs)) {
			return false;
		}
		return isConstant(term) || isPointRead(term, defaultDatabase(globalOptargs));
	}

	/**
	 * The read mode that global optargs {@link #cannotBlock} accepted ask for:
	 * {@code single} unless {@code outdated}.
	 */
	static ReadMode readMode(Map<String, Object> globalOptargs) {
		return "outdated".equals(globalOptargs.get("read_mode")) ? ReadMode.OUTDATED : ReadMode.SINGLE;
	}

	/**
	 * The global {@code db} must name a database, {@code read_mode} must be one that may
	 * read the local store ({@code majority} has to confirm with other members, and so
	 * does {@code single} on a standby: see {@link ReadMode}); every other optarg is a
	 * constant.
	 */
	private static boolean optargsConstant(Map<String, Object> globalOptargs) {
		for (Map.Entry<String, Object> optarg : globalOptargs.entrySet()) {
			boolean fine = switch (optarg.getKey()) {
				case "db" -> databaseName(optarg.getValue()) != null;
				case "read_mode" -> LOCAL_READ_MODES.contains(optarg.getValue());
				default -> isConstant(optarg.getValue());
			};
			if (!fine) {
				return false;
			}
		}
		return true;
	}

	private static @Nullable String defaultDatabase(Map<String, Object> globalOptargs) {
		Object db = globalOptargs.get("db");
		return (db != null) ? databaseName(db) : "test";
	}

	private static boolean isPointRead(@Nullable Object term, @Nullable String defaultDatabase) {
		List<?> args = args(term);
		if (args == null || args.size() < 2 || !(typeIs(term, GET) || typeIs(term, GET_ALL))) {
			return false;
		}
		if (typeIs(term, GET) && args.size() != 2 || args.size() > MAX_KEYS + 1) {
			return false;
		}
		for (Object key : args.subList(1, args.size())) {
			if (!isConstant(key)) {
				return false;
			}
		}
		return isUserTable(args.get(0), defaultDatabase);
	}

	/**
	 * {@code r.table(name)} or {@code r.db(name).table(name)}, outside {@code rethinkdb}.
	 */
	private static boolean isUserTable(@Nullable Object term, @Nullable String defaultDatabase) {
		List<?> args = args(term);
		if (args == null || !typeIs(term, TABLE) || !(args.get(args.size() - 1) instanceof String)) {
			return false;
		}
		String database = switch (args.size()) {
			case 1 -> defaultDatabase;
			case 2 -> databaseName(args.get(0));
			default -> null;
		};
		return database != null && !SystemDatabase.NAME.equals(database);
	}

	private static @Nullable String databaseName(@Nullable Object term) {
		List<?> args = args(term);
		return (args != null && typeIs(term, DB) && args.size() == 1 && args.get(0) instanceof String name) ? name
				: null;
	}

	/** A datum, {@code [DATUM, x]}, or arrays and objects of constants, all small. */
	static boolean isConstant(@Nullable Object term) {
		return constantValues(term, MAX_CONSTANT_VALUES) >= 0;
	}

	/**
	 * What is left of the budget after counting the term's values, or -1 when the term is
	 * not a constant or holds more values than the budget.
	 */
	private static int constantValues(@Nullable Object term, int budget) {
		if (budget <= 0) {
			return -1;
		}
		if (term instanceof Map<?, ?> object) {
			return constantValues(object.values(), budget - 1);
		}
		if (!(term instanceof List<?> list)) {
			return budget - 1;
		}
		if (list.size() == 2 && typeIs(term, DATUM)) {
			return datumValues(list.get(1), budget - 1);
		}
		List<?> args = args(term);
		return (args != null && typeIs(term, MAKE_ARRAY)) ? constantValues(args, budget - 1) : -1;
	}

	private static int constantValues(Iterable<?> elements, int budget) {
		int left = budget;
		for (Object element : elements) {
			left = constantValues(element, left);
			if (left < 0) {
				return -1;
			}
		}
		return left;
	}

	/** Inside {@code [DATUM, x]} arrays are plain JSON arrays. */
	private static int datumValues(@Nullable Object datum, int budget) {
		if (budget <= 0) {
			return -1;
		}
		Iterable<?> elements = (datum instanceof List<?> list) ? list
				: (datum instanceof Map<?, ?> object) ? object.values() : List.of();
		int left = budget - 1;
		for (Object element : elements) {
			left = datumValues(element, left);
			if (left < 0) {
				return -1;
			}
		}
		return left;
	}

	/**
	 * The arguments of a term {@code [type, [args], optargs?]} without optargs, or null.
	 */
	private static @Nullable List<?> args(@Nullable Object term) {
		if (!(term instanceof List<?> list) || list.size() < 2 || list.size() > 3
				|| !(list.get(1) instanceof List<?>)) {
			return null;
		}
		if (list.size() == 3 && !(list.get(2) instanceof Map<?, ?> optargs && optargs.isEmpty())) {
			return null;
		}
		return (List<?>) list.get(1);
	}

	private static boolean typeIs(@Nullable Object term, int type) {
		return term instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Number number
				&& number.doubleValue() == type;
	}

}
