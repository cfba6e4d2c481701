package io.quire.engine.term;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.engine.http.HttpFetcher;
import io.quire.engine.http.HttpResult;
import io.quire.engine.http.RequestOptions;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a paged {@code r.http}: each page's array body (or the body itself) in
 * turn, fetched when the previous page's rows are read. After each page, {@code page} is
 * called with {@code {params, header, body}} and names the next URL and parameters, or
 * null to stop; {@code page_limit} bounds the requests (-1: no bound).
 */
final class HttpPages implements Iterator<@Nullable Object> {

	private final HttpFetcher fetcher;

	private final UnaryOperator<@Nullable Object> page;

	private RequestOptions options;

	private long remaining;

	private boolean more;

	private Iterator<?> rows = Collections.emptyIterator();

	HttpPages(HttpFetcher fetcher, RequestOptions options, UnaryOperator<@Nullable Object> page, long limit) {
		this.fetcher = fetcher;
		this.options = options;
		this.page = page;
		this.remaining = limit;
		this.more = limit != 0;
	}

	@Override
	public boolean hasNext() {
		while (!this.rows.hasNext() && this.more) {
			HttpResult result = HttpTerms.fetch(this.fetcher, this.options);
			this.more = advance(result);
			this.rows = (result.body() instanceof List<?> list) ? list.iterator()
					: Collections.singletonList(result.body()).iterator();
		}
		return this.rows.hasNext();
	}

	@Override
	public @Nullable Object next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.rows.next();
	}

	/** Whether another request follows, with the options for it. */
	private boolean advance(HttpResult result) {
		if (this.remaining > 0) {
			this.remaining--;
		}
		if (this.remaining == 0) {
			return false;
		}
		Map<String, @Nullable Object> argument = new TreeMap<>();
		argument.put("params", this.options.params());
		argument.put("header", result.header());
		argument.put("body", result.body());
		Object next;
		try {
			next = this.page.apply(argument);
		}
		catch (QueryException ex) {
			throw new QueryException(
					ex.responseType(), ex.errorType(), HttpTerms.prefix(this.options) + ex.getMessage()
							+ ".\nError occurred during `page` called with:\n" + Printer.pretty(argument) + "\n",
					ex.backtrace());
		}
		return follow(next);
	}

	private boolean follow(@Nullable Object next) {
		if (next == null || next instanceof String) {
			return nextUrl(next);
		}
		if (!(next instanceof Map<?, ?> object) || Datums.typeName(next).startsWith("PTYPE")) {
			throw QueryException
				.queryLogic("Expected `page` to return an OBJECT, but found " + Datums.typeName(next) + ".");
		}
		if (!object.containsKey("url") && !object.containsKey("params")) {
			throw QueryException.queryLogic("OBJECT returned by `page` must contain `url` and/or `params` fields.");
		}
		if (object.containsKey("params")) {
			Map<String, @Nullable Object> params = new TreeMap<>(this.options.params());
			params.putAll(HttpOptargs.params("page", object.get("params")));
			this.options = this.options.withPage(this.options.url(), params);
		}
		return !object.containsKey("url") || nextUrl(object.get("url"));
	}

	private boolean nextUrl(@Nullable Object url) {
		if (url == null) {
			return false;
		}
		if (!(url instanceof String text)) {
			throw QueryException
				.queryLogic("Expected `url` in OBJECT returned by `page` to be a STRING or NULL, but found "
						+ Datums.typeName(url) + ".");
		}
		this.options = this.options.withPage(text, this.options.params());
		return true;
	}

}
