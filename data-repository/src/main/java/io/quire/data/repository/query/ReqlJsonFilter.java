package io.quire.data.repository.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.quire.data.core.convert.QuireConverter;
import io.quire.driver.query.ReqlExpr;
import io.quire.protocol.TermType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static io.quire.driver.Quire.r;

/**
 * A ReQL filter written as JSON in {@code @Query}, with {@code ?n} placeholders for the
 * method's arguments and {@code ?name} placeholders for the values of expressions (the
 * {@code ?#{...}} and {@code :#{...}} of the source, rewritten to names before parsing).
 * Parsed once; {@link #bind} turns it into a ReQL term for one call.
 */
final class ReqlJsonFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+|" + ReqlJsonFilter.EXPRESSION + "\\d+)");

	/** How the names of rewritten expressions start. */
	static final String EXPRESSION = "__quire_expression_";

	private static final String PARAMETER_PREFIX = "\u0000?";

	private final String source;

	private final Object tree;

	ReqlJsonFilter(String source) {
		this.source = source;
		try {
			this.tree = JSON.readValue(quotePlaceholders(source), Object.class);
		}
		catch (JacksonException ex) {
			throw new InvalidDataAccessApiUsageException("@Query is not valid JSON: " + source, ex);
		}
	}

	/** The filter with the arguments in place of the placeholders. */
	ReqlExpr bind(@Nullable Object[] arguments, QuireConverter converter) {
		return bind(arguments, Map.of(), converter);
	}

	/**
	 * The filter with the arguments and the expressions' values (by name, null if absent)
	 * in place of the placeholders.
	 */
	ReqlExpr bind(@Nullable Object[] arguments, Map<String, ?> expressions, QuireConverter converter) {
		return build(this.tree, new Bindings(arguments, expressions), converter);
	}

	private ReqlExpr build(@Nullable Object node, Bindings arguments, QuireConverter converter) {
		if (node instanceof String text && placeholder(text) != null) {
			return r.expr(converter.toQuireValue(value(placeholder(text), arguments)));
		}
		if (node instanceof List<?> term) {
			return buildTerm(term, arguments, converter);
		}
		if (node instanceof Map<?, ?> object) {
			Map<String, Object> fields = new LinkedHashMap<>();
			object.forEach((key, value) -> fields.put(key.toString(), build(value, arguments, converter)));
			return r.expr(fields);
		}
		return r.expr(node);
	}

	private ReqlExpr buildTerm(List<?> term, Bindings arguments, QuireConverter converter) {
		if (term.isEmpty() || !(term.get(0) instanceof Integer type) || term.size() > 3) {
			throw invalid("a term is [type, [arguments], {optional arguments}], not " + term);
		}
		List<Object> args = new ArrayList<>();
		for (Object arg : (term.size() > 1) ? list(term.get(1)) : List.of()) {
			args.add(build(arg, arguments, converter));
		}
		ReqlExpr expr = r.term(termType(type), args.toArray());
		if (term.size() > 2) {
			for (Map.Entry<?, ?> optArg : map(term.get(2)).entrySet()) {
				expr = expr.optArg(optArg.getKey().toString(), build(optArg.getValue(), arguments, converter));
			}
		}
		return expr;
	}

	private TermType termType(int value) {
		try {
			return TermType.of(value);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("there is no ReQL term " + value);
		}
	}

	private List<?> list(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return list;
		}
		throw invalid("the arguments of a term must be an array, not " + value);
	}

	private Map<?, ?> map(@Nullable Object value) {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw invalid("the optional arguments of a term must be an object, not " + value);
	}

	private @Nullable Object value(String placeholder, Bindings bindings) {
		if (placeholder.startsWith(EXPRESSION)) {
			return bindings.expressions().get(placeholder);
		}
		int index = Integer.parseInt(placeholder);
		if (index >= bindings.arguments().length) {
			throw invalid("?" + index + " has no matching method argument");
		}
		return bindings.arguments()[index];
	}

	private InvalidDataAccessApiUsageException invalid(String problem) {
		return new InvalidDataAccessApiUsageException("Invalid @Query " + this.source + ": " + problem);
	}

	/**
	 * What a placeholder string ({@code "?0"} or {@code "?name"}, written by the user or
	 * by quoting) stands for: an argument's index or an expression's name; else
	 * {@code null}.
	 */
	private static @Nullable String placeholder(String text) {
		String candidate = text.startsWith(PARAMETER_PREFIX) ? text.substring(1) : text;
		Matcher matcher = PLACEHOLDER.matcher(candidate);
		return matcher.matches() ? matcher.group(1) : null;
	}

	/** The values of one call: the arguments, and the expressions' by name. */
	private record Bindings(@Nullable Object[] arguments, Map<String, ?> expressions) {
	}

	/** Turns the placeholders outside string literals into marked JSON strings. */
	static String quotePlaceholders(String source) {
		StringBuilder json = new StringBuilder(source.length() + 16);
		boolean inString = false;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			if (inString) {
				json.append(c);
				inString = !(c == '"' && !escaped(source, i));
				continue;
			}
			Matcher matcher = PLACEHOLDER.matcher(source).region(i, source.length());
			if (c == '?' && matcher.lookingAt()) {
				json.append("\"\\u0000?").append(matcher.group(1)).append('"');
				i = matcher.end() - 1;
				continue;
			}
			inString = c == '"';
			json.append(c);
		}
		return json.toString();
	}

	private static boolean escaped(String source, int quote) {
		int backslashes = 0;
		for (int i = quote - 1; i >= 0 && source.charAt(i) == '\\'; i--) {
			backslashes++;
		}
		return backslashes % 2 == 1;
	}

}
