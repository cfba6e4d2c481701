package io.quire.engine.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.QuerySession;
import io.quire.engine.catalog.Catalog;
import io.quire.engine.datum.Printer;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Runs ReQL term JSON against an in-memory catalog and renders results as compact JSON.
 */
public final class ReqlTester {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final QuerySession SESSION = new QuerySession("admin", 1, "127.0.0.1:1");

	private final Catalog catalog;

	private final ReqlQueryRunner runner;

	/** A tester on a fresh in-memory test catalog. */
	public ReqlTester() {
		this(new MemoryCatalog());
	}

	public ReqlTester(Catalog catalog) {
		this(catalog, new ReqlQueryRunner(catalog));
	}

	/** A tester whose queries go to the given runner on that catalog. */
	public ReqlTester(Catalog catalog, ReqlQueryRunner runner) {
		this.catalog = catalog;
		this.runner = runner;
	}

	public Catalog catalog() {
		return this.catalog;
	}

	public ReqlQueryRunner runner() {
		return this.runner;
	}

	/** Runs a term with global optargs, both given as JSON. */
	public QueryResult result(String term, String optargs) {
		return this.runner.run(SESSION, parse(term), (Map<String, Object>) parse(optargs));
	}

	/** Runs a term and returns its value; a stream is read to the end. */
	public Object value(String term) {
		return value(term, "{}");
	}

	public Object value(String term, String optargs) {
		QueryResult result = result(term, optargs);
		if (result instanceof QueryResult.Atom atom) {
			return atom.value();
		}
		return drain(((QueryResult.Sequence) result).stream());
	}

	/** Runs a term and renders its value as compact JSON. */
	public String json(String term) {
		return Printer.json(value(term));
	}

	public String json(String term, String optargs) {
		return Printer.json(value(term, optargs));
	}

	/** Runs a term that must fail and returns the error. */
	public QueryException error(String term) {
		return error(term, "{}");
	}

	public QueryException error(String term, String optargs) {
		QueryException[] caught = new QueryException[1];
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> value(term, optargs))
			.satisfies((ex) -> caught[0] = ex);
		return caught[0];
	}

	/** Creates a table in db test and inserts documents (JSON array). */
	public void table(String name, String documents) {
		value("[60,[\"" + name + "\"]]");
		value("[56,[[15,[\"" + name + "\"]]," + "[2," + documents + "]]]");
	}

	static List<Object> drain(ResultStream stream) {
		List<Object> rows = new ArrayList<>();
		try (stream) {
			ResultStream.Batch batch;
			do {
				batch = stream.nextBatch();
				rows.addAll(batch.rows());
			}
			while (!batch.last());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return rows;
	}

	/** Parses JSON in which single quotes stand for double quotes. */
	@SuppressWarnings("unchecked")
	public static <T> T parse(String json) {
		return (T) JSON.readValue(json.replace('\'', '"'), Object.class);
	}

	/** The first parameter of {@link #fn} and {@link #fn2}. */
	public static final String X = "[10,[1]]";

	/** The second parameter of {@link #fn2}. */
	public static final String Y = "[10,[2]]";

	/** A one-argument function term whose parameter is {@link #X}. */
	public static String fn(String body) {
		return "[69,[[2,[1]]," + body + "]]";
	}

	/** A two-argument function term with parameters {@link #X} and {@link #Y}. */
	public static String fn2(String body) {
		return "[69,[[2,[1,2]]," + body + "]]";
	}

	/** {@code term(name)}: BRACKET. */
	public static String field(String term, String name) {
		return "[170,[" + term + ",'" + name + "']]";
	}

	/** The table {@code name} in the default database. */
	public static String table(String name) {
		return "[15,['" + name + "']]";
	}

}
