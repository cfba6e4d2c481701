package io.quire.driver.query;

/** A three-parameter ReQL function, such as the conflict resolver of {@code insert}. */
@FunctionalInterface
public interface ReqlFunction3 {

	/** The function body; may return a term or any value {@code r.expr} accepts. */
	Object apply(ReqlExpr first, ReqlExpr second, ReqlExpr third);

}
