package io.quire.driver.query;

/** A two-parameter ReQL function, such as the reducer of {@code reduce}. */
@FunctionalInterface
public interface ReqlFunction2 {

	/** The function body; may return a term or any value {@code r.expr} accepts. */
	Object apply(ReqlExpr first, ReqlExpr second);

}
