package io.quire.engine.term;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/** Strings and JSON: MATCH (RE2), UPCASE, DOWNCASE, SPLIT, JSON, TO_JSON_STRING, UUID. */
final class StringTerms {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	/** Jackson's words for a repeated member name, which RethinkDB refuses too. */
	private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern
		.compile("^Duplicate Object property \"(.*)\"$");

	/** RethinkDB's namespace for name-based (version 5) UUIDs. */
	private static final UUID NAMESPACE = UUID.fromString("91461c99-f89d-49d2-af96-d8e2e14e9b58");

	private StringTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.MATCH).args(2).is(StringTerms::match);
		specs.term(TermType.UPCASE).args(1).is((call) -> call.string(0).toUpperCase(Locale.ROOT));
		specs.term(TermType.DOWNCASE).args(1).is((call) -> call.string(0).toLowerCase(Locale.ROOT));
		specs.term(TermType.SPLIT).args(1, 3).is(StringTerms::split);
		specs.term(TermType.JSON).args(1).is(StringTerms::parseJson);
		specs.term(TermType.TO_JSON_STRING).args(1).is((call) -> Printer.json(Datums.requireJson(call.datum(0))));
		specs.term(TermType.UUID).determinism(Determinism.Rule.uuid()).args(0, 1).is(StringTerms::uuid);
	}

	private static @Nullable Object match(Call call) {
		String text = call.string(0);
		String regex = call.string(1);
		Pattern pattern;
		try {
			pattern = Pattern.compile(regex);
		}
		catch (PatternSyntaxException ex) {
			// RE2 states the fault and then the portion, as RethinkDB prints it
			String portion = ex.getPattern();
			String fault = portion.isEmpty() ? ex.getDescription() : ex.getDescription() + ": " + portion;
			throw QueryException.queryLogic("Error in regexp `" + regex + "` (portion `" + portion + "`): " + fault);
		}
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			return null;
		}
		List<@Nullable Object> groups = new ArrayList<>();
		for (int g = 1; g <= matcher.groupCount(); g++) {
			groups.add(
					(matcher.group(g) == null) ? null : span(text, matcher.group(g), matcher.start(g), matcher.end(g)));
		}
		Map<String, Object> result = span(text, matcher.group(), matcher.start(), matcher.end());
		result.put("groups", groups);
		return result;
	}

	private static Map<String, Object> span(String text, String part, int start, int end) {
		return Datums.object("str", part, "start", (double) text.codePointCount(0, start), "end",
				(double) text.codePointCount(0, end));
	}

	private static Object split(Call call) {
		String text = call.string(0);
		Object separator = (call.count() > 1) ? call.datum(1) : null;
		long max = (call.count() > 2) ? call.integer(2) : -1;
		List<Object> parts = new ArrayList<>();
		if (separator == null) {
			splitWhitespace(text, max, parts);
		}
		else if (Types.string(separator).isEmpty()) {
			splitCharacters(text, max, parts);
		}
		else {
			splitOn(text, (String) separator, max, parts);
		}
		return call.context().checkArray(parts);
	}

	/**
	 * Splits on runs of Unicode White_Space characters, RethinkDB's list: tab to carriage
	 * return, U+0085 and the space and line and paragraph separators (U+00A0, U+1680,
	 * U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
	 */
	private static void splitWhitespace(String text, long max, List<Object> parts) {
		int at = skip(text, 0, true);
		while (at < text.length()) {
			if (max >= 0 && parts.size() == max) {
				parts.add(text.substring(at));
				return;
			}
			int end = skip(text, at, false);
			parts.add(text.substring(at, end));
			at = skip(text, end, true);
		}
	}

	/**
	 * The index of the first code point from {@code from} on that is (not) white space.
	 */
	private static int skip(String text, int from, boolean whitespace) {
		int at = from;
		while (at < text.length() && isWhitespace(text.codePointAt(at)) == whitespace) {
			at += Character.charCount(text.codePointAt(at));
		}
		return at;
	}

	private static boolean isWhitespace(int codePoint) {
		return Character.isSpaceChar(codePoint) || (codePoint >= 0x09 && codePoint <= 0x0D) || codePoint == 0x85;
	}

	/**
	 * Splits into characters as RethinkDB does: each code point with the combining marks
	 * (Unicode categories Mn, Mc and Me) that follow it.
	 */
	private static void splitCharacters(String text, long max, List<Object> parts) {
		int at = 0;
		while (at < text.length()) {
			if (max >= 0 && parts.size() == max) {
				parts.add(text.substring(at));
				return;
			}
			int end = at + Character.charCount(text.codePointAt(at));
			while (end < text.length() && isCombining(text.codePointAt(end))) {
				end += Character.charCount(text.codePointAt(end));
			}
			parts.add(text.substring(at, end));
			at = end;
		}
	}

	private static boolean isCombining(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	private static void splitOn(String text, String separator, long max, List<Object> parts) {
		int from = 0;
		int found = text.indexOf(separator, from);
		while (found >= 0 && (max < 0 || parts.size() < max)) {
			parts.add(text.substring(from, found));
			from = found + separator.length();
			found = text.indexOf(separator, from);
		}
		parts.add(text.substring(from));
	}

	private static @Nullable Object parseJson(Call call) {
		String text = call.string(0);
		JsonSyntax.check(text);
		try {
			return Datums.normalize(JSON.readValue(text, Object.class));
		}
		catch (JacksonException ex) {
			java.util.regex.Matcher duplicate = DUPLICATE.matcher(String.valueOf(ex.getOriginalMessage()));
			if (duplicate.matches()) {
				throw QueryException.queryLogic("Duplicate key " + Printer.pretty(duplicate.group(1)) + " in JSON.");
			}
			throw QueryException.queryLogic("Failed to parse \"" + text + "\" as JSON: " + ex.getOriginalMessage());
		}
	}

	private static Object uuid(Call call) {
		if (call.count() == 0) {
			return UUID.randomUUID().toString();
		}
		return nameBased(call.string(0)).toString();
	}

	/** A version 5 (SHA-1, name-based) UUID in RethinkDB's namespace. */
	static UUID nameBased(String name) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			ByteBuffer namespace = ByteBuffer.allocate(16);
			namespace.putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
			sha1.update(namespace.array());
			byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
			ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
			return new UUID(bytes.getLong(), bytes.getLong());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-1 is required by every Java platform", ex);
		}
	}

}
