package io.quire.engine.term;

import java.util.Map;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.auth.Permission;
import io.quire.engine.datum.Printer;
import io.quire.engine.http.HttpFailure;
import io.quire.engine.http.HttpFetcher;
import io.quire.engine.http.HttpResult;
import io.quire.engine.http.RequestOptions;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/**
 * HTTP ({@code r.http}): a request from the server, its response body as a datum, or with
 * {@code page} a stream over every page. Never deterministic, as in RethinkDB. Failed
 * requests are NON_EXISTENCE errors, so {@code default} can catch them.
 */
final class HttpTerms {

	private HttpTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.HTTP)
			.args(1)
			.optargs("data", "timeout", "method", "params", "header", "attempts", "redirects", "verify", "page",
					"page_limit", "auth", "result_format")
			.nondeterministic()
			.is(HttpTerms::http);
	}

	private static @Nullable Object http(Call call) {
		// as in RethinkDB, r.http needs the global connect permission (admin has it)
		call.context().require(Permission.CONNECT, null, null);
		String url = call.string(0);
		RequestOptions options = HttpOptargs.parse(call, url);
		UnaryOperator<@Nullable Object> page = page(call);
		QueryContext context = call.context();
		Cancellation cancellation = Cancellation.current();
		HttpFetcher fetcher = new HttpFetcher(context.http(), context.memoryLimit(), cancellation::check);
		if (page == null) {
			return fetch(fetcher, options).body();
		}
		long limit = pageLimit(call);
		return Stream.of(new HttpPages(fetcher, options, page, limit));
	}

	/** Performs the request; a failure becomes RethinkDB's NON_EXISTENCE error. */
	static HttpResult fetch(HttpFetcher fetcher, RequestOptions options) {
		try {
			return fetcher.fetch(options);
		}
		catch (HttpFailure failure) {
			StringBuilder message = new StringBuilder(prefix(options)).append(failure.getMessage()).append('.');
			if (failure.header() != null) {
				message.append("\nheader:\n").append(Printer.pretty(failure.header()));
			}
			if (failure.body() != null) {
				message.append("\nbody:\n").append(Printer.pretty(failure.body()));
			}
			throw QueryException.nonExistence(message.toString());
		}
	}

	static String prefix(RequestOptions options) {
		return "Error in HTTP " + options.method() + " of `" + options.url() + "`: ";
	}

	/** The {@code page} function, {@code null} when the query pages not. */
	private static @Nullable UnaryOperator<@Nullable Object> page(Call call) {
		if (!call.has("page")) {
			return null;
		}
		if (!call.has("page_limit")) {
			throw QueryException
				.queryLogic("Cannot use `page` without specifying `page_limit` "
						+ "(a positive number performs that many requests, -1 is unlimited).")
				.withFrame("page");
		}
		Object page = call.optValue("page");
		if (page instanceof Func func) {
			return func::apply;
		}
		Object name = call.opt("page", null);
		if (name == null) {
			return null;
		}
		if (!"link-next".equals(name)) {
			String text = call.optString("page");
			throw QueryException
				.queryLogic("`page` method '" + text + "' not recognized, only 'link-next' is available.")
				.withFrame("page");
		}
		return HttpTerms::linkNext;
	}

	/**
	 * The {@code link-next} shortcut: the {@code rel="next"} link, or null at the end.
	 */
	private static @Nullable Object linkNext(@Nullable Object info) {
		Object header = ((Map<?, ?>) info).get("header");
		Object links = (header instanceof Map<?, ?> fields) ? fields.get("link") : null;
		return (links instanceof Map<?, ?> next) ? next.get("rel=\"next\"") : null;
	}

	private static long pageLimit(Call call) {
		long limit;
		try {
			limit = Types.integer(call.opt("page_limit", null));
		}
		catch (QueryException ex) {
			throw ex.withFrame("page_limit");
		}
		if (limit < -1) {
			throw QueryException.queryLogic("`page_limit` should be greater than or equal to -1.")
				.withFrame("page_limit");
		}
		return limit;
	}

}
