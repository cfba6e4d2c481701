package io.quire.engine.term;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.engine.http.HttpAuth;
import io.quire.engine.http.RequestOptions;
import io.quire.engine.http.ResultFormat;
import org.jspecify.annotations.Nullable;

/**
 * The optargs of HTTP read into {@link RequestOptions}, in RethinkDB's order and with its
 * error texts, each error marking its optarg.
 */
final class HttpOptargs {

	/** RethinkDB's bound on {@code timeout}: 30 days. */
	private static final double MAX_TIMEOUT_SECONDS = 2_592_000;

	private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

	private final Call call;

	private final List<String> header = new ArrayList<>();

	private @Nullable String body;

	private final Map<String, String> form = new TreeMap<>();

	private HttpOptargs(Call call) {
		this.call = call;
	}

	static RequestOptions parse(Call call, String url) {
		return new HttpOptargs(call).read(url);
	}

	private RequestOptions read(String url) {
		HttpAuth auth = auth();
		String method = method();
		data(method);
		ResultFormat format = resultFormat();
		Map<String, @Nullable Object> params = params("params", this.call.opt("params", Datums.object()));
		header();
		Duration timeout = timeout();
		long attempts = this.call.has("attempts") ? unsigned("attempts", Long.MAX_VALUE) : 5;
		long redirects = this.call.has("redirects") ? unsigned("redirects", 0xFFFF_FFFFL) : 1;
		boolean verify = this.call.optBool("verify", true);
		return new RequestOptions(method, url, params, List.copyOf(this.header), this.body, this.form, auth, timeout,
				attempts, redirects, verify, format);
	}

	private static QueryException fail(String optarg, String message) {
		return QueryException.queryLogic(message).withFrame(optarg);
	}

	private @Nullable HttpAuth auth() {
		if (!this.call.has("auth")) {
			return null;
		}
		Object auth = this.call.opt("auth", null);
		if (!(auth instanceof Map<?, ?> object)) {
			throw fail("auth", "Expected `auth` to be an OBJECT, but found " + Datums.typeName(auth) + ".");
		}
		String type = "basic";
		if (object.containsKey("type")) {
			if (!(object.get("type") instanceof String text)) {
				throw fail("auth", "Expected `auth.type` to be a STRING, but found OBJECT.");
			}
			type = text;
		}
		String user = authItem(object, "user");
		String password = authItem(object, "pass");
		if (!type.equals("basic") && !type.equals("digest")) {
			throw fail("auth", "`auth.type` is not recognized ('basic', and 'digest' are allowed).");
		}
		return new HttpAuth(type.equals("digest"), user, password);
	}

	private static String authItem(Map<?, ?> auth, String name) {
		if (!auth.containsKey(name)) {
			throw fail("auth", "`auth." + name + "` not found in the auth object.");
		}
		Object item = auth.get(name);
		if (!(item instanceof String text)) {
			throw fail("auth", "Expected `auth." + name + "` to be a STRING, but found " + Datums.typeName(item) + ".");
		}
		return text;
	}

	private String method() {
		String method = this.call.has("method") ? this.call.optString("method") : "GET";
		if (!METHODS.contains(method)) {
			throw fail("method", "`method` (" + method
					+ ") is not recognized (GET, HEAD, POST, PUT, PATCH and DELETE are allowed).");
		}
		return method;
	}

	private void data(String method) {
		if (!this.call.has("data")) {
			return;
		}
		Object data = this.call.opt("data", null);
		if (method.equals("PUT") || method.equals("PATCH") || method.equals("DELETE")) {
			if (!(data instanceof String)) {
				this.header.add("Content-Type: application/json");
			}
			this.body = (data instanceof String text) ? text : Printer.json(data);
		}
		else if (method.equals("POST")) {
			postData(data);
		}
		else {
			throw QueryException.queryLogic("`data` should only be specified on a PUT, POST, PATCH, or DELETE request."
					+ "  If you want URL parameters, use `params` instead.");
		}
	}

	private void postData(@Nullable Object data) {
		if (data instanceof String text) {
			this.body = text;
			return;
		}
		if (!(data instanceof Map<?, ?> object)) {
			throw fail("data", "Expected `data` to be a STRING or OBJECT, but found " + Datums.typeName(data) + ".");
		}
		object.forEach((key, value) -> {
			if (value instanceof Double number) {
				this.form.put((String) key, Printer.number(number));
			}
			else if (value == null || value instanceof String) {
				this.form.put((String) key, (value == null) ? "" : (String) value);
			}
			else {
				throw fail("data", "Expected `data." + key + "` to be a NUMBER, STRING or NULL, but found "
						+ Datums.typeName(value) + ".");
			}
		});
	}

	private ResultFormat resultFormat() {
		String format = this.call.has("result_format") ? this.call.optString("result_format") : "auto";
		return switch (format) {
			case "auto" -> ResultFormat.AUTO;
			case "json" -> ResultFormat.JSON;
			case "jsonp" -> ResultFormat.JSONP;
			case "text" -> ResultFormat.TEXT;
			case "binary" -> ResultFormat.BINARY;
			default -> throw fail("result_format", "`result_format` (" + format
					+ ") is not recognized, ('auto', 'json', 'jsonp', 'text', and 'binary' are allowed).");
		};
	}

	/** URL parameters: an object of numbers, strings and nulls (also from `page`). */
	static Map<String, @Nullable Object> params(String optarg, @Nullable Object params) {
		if (!(params instanceof Map<?, ?> object) || Datums.typeName(params).startsWith("PTYPE")) {
			throw fail(optarg, "Expected `params` to be an OBJECT, but found " + Datums.typeName(params) + ":\n"
					+ Printer.pretty(params));
		}
		Map<String, @Nullable Object> result = new TreeMap<>();
		object.forEach((key, value) -> {
			if (value != null && !(value instanceof Double) && !(value instanceof String)) {
				throw fail(optarg, "Expected `params." + key + "` to be a NUMBER, STRING or NULL, but found "
						+ Datums.typeName(value) + ":\n" + Printer.pretty(value));
			}
			result.put((String) key, value);
		});
		return result;
	}

	private void header() {
		if (!this.call.has("header")) {
			return;
		}
		Object header = this.call.opt("header", null);
		if (header instanceof Map<?, ?> object) {
			object.forEach((name, value) -> {
				if (value != null && !(value instanceof String)) {
					throw fail("header", "Expected `header." + name + "` to be a STRING or NULL, but found "
							+ Datums.typeName(value) + ".");
				}
				addHeader((value == null) ? "" : name + ": " + value);
			});
		}
		else if (header instanceof List<?> lines) {
			for (int i = 0; i < lines.size(); i++) {
				if (!(lines.get(i) instanceof String line)) {
					throw fail("header", "Expected `header[" + i + "]` to be a STRING, but found "
							+ Datums.typeName(lines.get(i)) + ".");
				}
				addHeader(line);
			}
		}
		else {
			throw fail("header",
					"Expected `header` to be an ARRAY or OBJECT, but found " + Datums.typeName(header) + ".");
		}
	}

	private void addHeader(String line) {
		if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
			throw fail("header", "A `header` item contains newline characters.");
		}
		this.header.add(line);
	}

	private Duration timeout() {
		if (!this.call.has("timeout")) {
			return Duration.ofSeconds(30);
		}
		double seconds = number("timeout");
		if (seconds < 0) {
			throw fail("timeout", "`timeout` may not be negative.");
		}
		return Duration.ofMillis((long) (Math.min(seconds, MAX_TIMEOUT_SECONDS) * 1000));
	}

	private double number(String optarg) {
		Object value = this.call.opt(optarg, null);
		try {
			return Types.number(value);
		}
		catch (QueryException ex) {
			throw ex.withFrame(optarg);
		}
	}

	private long unsigned(String optarg, long max) {
		Object value = this.call.opt(optarg, null);
		long number;
		try {
			number = Types.integer(value);
		}
		catch (QueryException ex) {
			throw ex.withFrame(optarg);
		}
		if (number < 0) {
			throw fail(optarg, "Integer too small: " + number);
		}
		if (number > max) {
			throw fail(optarg, "Integer too large: " + number);
		}
		return number;
	}

}
