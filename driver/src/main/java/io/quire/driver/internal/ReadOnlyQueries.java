package io.quire.driver.internal;

import java.util.EnumSet;
import java.util.Set;

import io.quire.driver.query.ReqlAst;
import io.quire.protocol.TermType;

/**
 * Tells the queries that only read, which {@code retry_reads} may run again: no term
 * anywhere in them writes documents, changes the catalog or grants, sends an HTTP request
 * or opens a changefeed.
 */
final class ReadOnlyQueries {

	private static final Set<TermType> NOT_READS = EnumSet.of(TermType.INSERT, TermType.UPDATE, TermType.REPLACE,
			TermType.DELETE, TermType.FOR_EACH, TermType.SYNC, TermType.DB_CREATE, TermType.DB_DROP,
			TermType.TABLE_CREATE, TermType.TABLE_DROP, TermType.INDEX_CREATE, TermType.INDEX_DROP,
			TermType.INDEX_RENAME, TermType.RECONFIGURE, TermType.REBALANCE, TermType.GRANT, TermType.SET_WRITE_HOOK,
			TermType.CHANGES, TermType.HTTP);

	private ReadOnlyQueries() {
	}

	static boolean isReadOnly(ReqlAst term) {
		if (NOT_READS.contains(term.termType())) {
			return false;
		}
		return term.args().stream().allMatch(ReadOnlyQueries::isReadOnly)
				&& term.optArgs().values().stream().allMatch(ReadOnlyQueries::isReadOnly);
	}

}
