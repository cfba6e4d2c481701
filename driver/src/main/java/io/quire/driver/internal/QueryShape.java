package io.quire.driver.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import io.quire.driver.query.ReqlAst;
import io.quire.protocol.TermType;

/**
 * The term structure of a query without its values: term names in lower case, every datum
 * as {@code ?}, object keys and optional argument names kept. An array whose elements all
 * have one shape shows it once, so an insert of ten documents has the shape of an insert
 * of one.
 */
final class QueryShape {

	private QueryShape() {
	}

	static String of(ReqlAst term) {
		StringBuilder shape = new StringBuilder();
		append(shape, term);
		return shape.toString();
	}

	private static void append(StringBuilder shape, ReqlAst term) {
		switch (term.termType()) {
			case DATUM -> shape.append('?');
			case MAKE_OBJ -> appendObject(shape, term.optArgs());
			case MAKE_ARRAY -> appendArray(shape, term.args());
			default -> appendTerm(shape, term);
		}
	}

	private static void appendTerm(StringBuilder shape, ReqlAst term) {
		shape.append(name(term.termType())).append('(');
		StringJoiner args = new StringJoiner(", ");
		term.args().forEach((arg) -> args.add(of(arg)));
		if (!term.optArgs().isEmpty()) {
			args.add(objectShape(term.optArgs()));
		}
		shape.append(args).append(')');
	}

	private static void appendArray(StringBuilder shape, List<ReqlAst> elements) {
		List<String> shapes = elements.stream().map(QueryShape::of).distinct().toList();
		shape.append("make_array(").append(String.join(", ", shapes)).append(')');
	}

	private static void appendObject(StringBuilder shape, Map<String, ReqlAst> fields) {
		shape.append(objectShape(fields));
	}

	private static String objectShape(Map<String, ReqlAst> fields) {
		StringJoiner object = new StringJoiner(", ", "{", "}");
		fields.forEach((name, value) -> object.add(name + ": " + of(value)));
		return object.toString();
	}

	private static String name(TermType type) {
		return type.name().toLowerCase(Locale.ROOT);
	}

}
