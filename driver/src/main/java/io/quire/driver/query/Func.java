package io.quire.driver.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.quire.protocol.TermType;

/**
 * A function term {@code [69, [[2, [ids]], body]]}, compiled from a Java lambda by
 * calling it once with {@link Var} parameters. Variable numbers come from one counter, so
 * nested functions never share one.
 */
public final class Func extends ReqlExpr {

	private static final AtomicLong NEXT_VAR = new AtomicLong(1);

	private Func(List<Var> parameters, ReqlAst body) {
		super(TermType.FUNC, List.of(parameterList(parameters), body), Map.of());
	}

	/** Compile a lambda of the given number of parameters. */
	static Func of(int arity, Function<List<Var>, Object> lambda) {
		List<Var> parameters = new ArrayList<>(arity);
		for (int i = 0; i < arity; i++) {
			parameters.add(new Var(NEXT_VAR.getAndIncrement()));
		}
		return new Func(parameters, Reql.toAst(lambda.apply(parameters)));
	}

	/**
	 * A one-parameter function whose body uses {@code r.row} instead of its parameter.
	 */
	static Func wrapImplicit(ReqlAst body) {
		return new Func(List.of(new Var(NEXT_VAR.getAndIncrement())), body);
	}

	private static ReqlAst parameterList(List<Var> parameters) {
		List<ReqlAst> ids = new ArrayList<>();
		for (Var parameter : parameters) {
			ids.add(new Datum(parameter.id()));
		}
		return new ReqlExpr(TermType.MAKE_ARRAY, ids, Map.of());
	}

}
