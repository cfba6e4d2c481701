package io.quire.driver.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.quire.driver.HostAndPort;
import io.quire.driver.QueryEvent;
import io.quire.driver.QueryKind;
import io.quire.driver.RunOptions;
import io.quire.driver.query.Datum;
import io.quire.driver.query.ReqlAst;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * Describes a query for {@link io.quire.driver.QueryListener}s from its chain of terms
 * (the term, its first argument, that one's first argument, ...): the outermost term of a
 * known kind decides the kind, the innermost {@code table} and {@code db} with constant
 * names the table and database.
 */
final class QueryDescriber {

	private static final Set<TermType> WRITES = EnumSet.of(TermType.INSERT, TermType.UPDATE, TermType.REPLACE,
			TermType.DELETE, TermType.FOR_EACH, TermType.SYNC);

	private static final Set<TermType> ADMIN = EnumSet.of(TermType.DB_CREATE, TermType.DB_DROP, TermType.DB_LIST,
			TermType.TABLE_CREATE, TermType.TABLE_DROP, TermType.TABLE_LIST, TermType.INDEX_CREATE, TermType.INDEX_DROP,
			TermType.INDEX_LIST, TermType.INDEX_RENAME, TermType.INDEX_STATUS, TermType.INDEX_WAIT, TermType.CONFIG,
			TermType.STATUS, TermType.RECONFIGURE, TermType.REBALANCE, TermType.WAIT, TermType.GRANT,
			TermType.SET_WRITE_HOOK, TermType.GET_WRITE_HOOK);

	private QueryDescriber() {
	}

	static QueryEvent describe(ReqlAst query, String connectionDatabase, RunOptions options,
			HostAndPort serverAddress) {
		List<ReqlAst> chain = chain(query);
		String database = database(chain, connectionDatabase, options);
		return new QueryEvent(database, table(chain), kind(chain), QueryShape.of(query), serverAddress);
	}

	private static List<ReqlAst> chain(ReqlAst query) {
		List<ReqlAst> chain = new ArrayList<>();
		for (ReqlAst term = query; term != null; term = term.args().isEmpty() ? null : term.args().get(0)) {
			chain.add(term);
		}
		return chain;
	}

	private static QueryKind kind(List<ReqlAst> chain) {
		for (ReqlAst term : chain) {
			if (term.termType() == TermType.CHANGES) {
				return QueryKind.CHANGEFEED;
			}
			if (WRITES.contains(term.termType())) {
				return QueryKind.WRITE;
			}
			if (ADMIN.contains(term.termType())) {
				return QueryKind.ADMIN;
			}
		}
		return QueryKind.READ;
	}

	private static @Nullable String table(List<ReqlAst> chain) {
		for (ReqlAst term : chain) {
			TermType type = term.termType();
			if (type == TermType.TABLE || type == TermType.TABLE_CREATE || type == TermType.TABLE_DROP) {
				return lastName(term);
			}
		}
		return null;
	}

	private static String database(List<ReqlAst> chain, String connectionDatabase, RunOptions options) {
		for (ReqlAst term : chain) {
			TermType type = term.termType();
			if (type == TermType.DB || type == TermType.DB_CREATE || type == TermType.DB_DROP) {
				String name = lastName(term);
				if (name != null) {
					return name;
				}
			}
		}
		Object runDatabase = options.values().get("db");
		return (runDatabase instanceof String name) ? name : connectionDatabase;
	}

	private static @Nullable String lastName(ReqlAst term) {
		List<ReqlAst> args = term.args();
		if (!args.isEmpty() && args.get(args.size() - 1) instanceof Datum datum
				&& datum.value() instanceof String name) {
			return name;
		}
		return null;
	}

}
