package io.quire.driver.query;

/** A one-parameter ReQL function, such as the predicate of {@code filter}. */
@FunctionalInterface
public interface ReqlFunction1 {

	/** The function body; may return a term or any value {@code r.expr} accepts. */
	Object apply(ReqlExpr row);

}
