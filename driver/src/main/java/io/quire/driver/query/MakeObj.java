package io.quire.driver.query;

import java.util.List;
import java.util.Map;

import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * An object whose values are terms. It goes on the wire as a bare JSON object, which the
 * server reads as MAKE_OBJ.
 */
public final class MakeObj extends ReqlExpr {

	MakeObj(Map<String, ReqlAst> fields) {
		super(TermType.MAKE_OBJ, List.of(), fields);
	}

	@Override
	public @Nullable Object build() {
		return buildOptArgs(optArgs());
	}

}
