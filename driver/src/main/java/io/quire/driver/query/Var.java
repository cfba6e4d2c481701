package io.quire.driver.query;

import java.util.List;
import java.util.Map;

import io.quire.protocol.TermType;

/**
 * A function parameter: {@code [10, [id]]}.
 */
public final class Var extends ReqlExpr {

	private final long id;

	Var(long id) {
		super(TermType.VAR, List.of(new Datum(id)), Map.of());
		this.id = id;
	}

	/** The variable's number, unique among the functions of a query. */
	public long id() {
		return this.id;
	}

}
