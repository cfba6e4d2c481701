package io.quire.engine.term;

import io.quire.engine.datum.Datums;
import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * RethinkDB's rule that object terms do not take pseudo-types such as TIME apart.
 */
final class PlainObjects {

	private PlainObjects() {
	}

	/**
	 * Fails when {@code datum} is a pseudo-type object; {@code term} names the caller.
	 */
	static @Nullable Object require(@Nullable Object datum, String term) {
		if (Datums.pseudoType(datum) != null) {
			throw QueryException
				.queryLogic("Cannot call `" + term + "` on objects of type `" + Datums.typeName(datum) + "`.");
		}
		return datum;
	}

	/**
	 * Fails when a merge patch is a pseudo-type: a LITERAL only means something inside
	 * the patch object.
	 */
	static @Nullable Object requirePatch(@Nullable Object patch) {
		if (Datums.isPseudo(patch, "LITERAL")) {
			return StrayLiterals.check(patch);
		}
		String type = Datums.pseudoType(patch);
		if (type != null && !type.equals("LITERAL")) {
			throw QueryException.queryLogic("Cannot merge objects of type `" + Datums.typeName(patch) + "`.");
		}
		return patch;
	}

}
