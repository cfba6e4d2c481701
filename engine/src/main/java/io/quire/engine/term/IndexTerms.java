package io.quire.engine.term;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.quire.engine.QueryException;
import io.quire.engine.catalog.IndexDefinition;
import io.quire.engine.catalog.IndexStatus;
import io.quire.engine.catalog.Table;
import io.quire.engine.datum.Datums;
import io.quire.engine.datum.Printer;
import io.quire.engine.function.FunctionBlobException;
import io.quire.engine.function.IndexFunctionBlob;
import io.quire.engine.system.QueryText;
import io.quire.protocol.ErrorType;
import io.quire.protocol.TermType;
import io.quire.protocol.json.ReqlJson;
import io.quire.protocol.json.ReqlJsonException;
import org.jspecify.annotations.Nullable;

/**
 * Secondary indexes: INDEX_CREATE, INDEX_DROP, INDEX_LIST, INDEX_STATUS, INDEX_WAIT,
 * INDEX_RENAME.
 */
final class IndexTerms {

	private IndexTerms() {
	}

	static void register(Specs specs) {
		specs.term(TermType.INDEX_CREATE).configures().args(2, 3).optargs("multi", "geo").is(IndexTerms::create);
		specs.term(TermType.INDEX_DROP).configures().args(2).is(IndexTerms::drop);
		specs.term(TermType.INDEX_LIST).args(1).is(IndexTerms::list);
		specs.term(TermType.INDEX_STATUS).args(1, -1).is((call) -> statuses(call, table(call).indexes()));
		specs.term(TermType.INDEX_WAIT).args(1, -1).is(IndexTerms::await);
		specs.term(TermType.INDEX_RENAME).configures().args(3).optargs("overwrite").is(IndexTerms::rename);
	}

	private static Table table(Call call) {
		return SelectionTerms.table(call, 0).table();
	}

	private static Object create(Call call) {
		Table table = table(call);
		String name = call.string(1);
		checkNotPrimary(table, name);
		IndexFunctionBlob source = (call.count() == 3) ? functionSource(call)
				: new IndexFunctionBlob(IndexFunctions.fieldFunction(name), false, false);
		Object function = source.function();
		call.framed(2, () -> IndexFunctions.function(function));
		if (!Compiler.compile(function).determinism().isProven()) {
			throw QueryException
				.queryLogic("Could not prove function deterministic.  Index functions must be deterministic.");
		}
		table.createIndex(new IndexDefinition(name, function, call.optBool("multi", source.multi()),
				call.optBool("geo", source.geo())));
		return Datums.object("created", 1.0);
	}

	private static void checkNotPrimary(Table table, String name) {
		if (name.equals(table.primaryKey())) {
			throw QueryException.queryLogic("Index name conflict: `" + name + "` is the name of the primary key.");
		}
	}

	/**
	 * Argument 2 as a FUNC term with its default {@code multi} and {@code geo}: a FUNC
	 * term, the {@code function} binary of an {@code indexStatus} row (RethinkDB 2.4's
	 * bytes, whose flags are the defaults, or the FUNC JSON older Quire dumps hold)
	 * however it is reached (a literal, or {@code indexStatus(...).nth(0)('function')} of
	 * another index: the stored function, not the term that read it, must be
	 * deterministic), or a constant wrapped in a FUNC term.
	 */
	private static IndexFunctionBlob functionSource(Call call) {
		Node node = call.node().args().get(2);
		Object source = node.source();
		if (node.type() == TermType.FUNC) {
			return new IndexFunctionBlob(source, false, false);
		}
		Object value = call.arg(2);
		if (Datums.isPseudo(value, "BINARY")) {
			return call.framed(2, () -> storedFunction(value));
		}
		Object constant = (source != null) ? source : call.datum(2);
		return new IndexFunctionBlob(List.of(69, List.of(List.of(2, List.of(1)), constant)), false, false);
	}

	private static IndexFunctionBlob storedFunction(@Nullable Object binary) {
		Object data = (binary instanceof Map<?, ?> pseudo) ? pseudo.get("data") : null;
		byte[] bytes = (data instanceof String base64) ? Base64.getDecoder().decode(base64) : new byte[0];
		if (IndexFunctionBlob.isBlob(bytes)) {
			try {
				return IndexFunctionBlob.of(bytes);
			}
			catch (FunctionBlobException ex) {
				throw QueryException.queryLogic("Binary blob passed to index create could not be interpreted as a "
						+ "reql_index_function (" + ex.getMessage() + ").");
			}
		}
		return new IndexFunctionBlob(quireFunction(bytes), false, false);
	}

	/**
	 * The FUNC term JSON that Quire's {@code indexStatus} gave before it wrote
	 * RethinkDB's bytes.
	 */
	private static Object quireFunction(byte[] bytes) {
		Object term = null;
		try {
			term = ReqlJson.read(bytes);
		}
		catch (ReqlJsonException ex) {
			// not a function from indexStatus: refused below
		}
		if (!(term instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof Number type)
				|| type.intValue() != TermType.FUNC.value()) {
			throw QueryException.queryLogic("Cannot create an sindex except from a reql_index_function returned from "
					+ "`index_status` in the field `function`.");
		}
		return term;
	}

	private static Object drop(Call call) {
		table(call).dropIndex(call.string(1));
		return Datums.object("dropped", 1.0);
	}

	private static Object list(Call call) {
		List<Object> names = new ArrayList<>();
		table(call).indexes().forEach((status) -> names.add(status.definition().name()));
		names.sort((a, b) -> ((String) a).compareTo((String) b));
		return names;
	}

	private static Object await(Call call) {
		Table table = table(call);
		List<String> names = new ArrayList<>();
		for (int i = 1; i < call.count(); i++) {
			names.add(call.string(i));
		}
		statuses(call, table.indexes());
		try {
			return statuses(call, table.awaitIndexes(names));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw QueryException.runtime(ErrorType.OP_INDETERMINATE, "Query interrupted.");
		}
	}

	private static Object statuses(Call call, List<IndexStatus> statuses) {
		Table table = table(call);
		List<Object> result = new ArrayList<>();
		List<String> wanted = new ArrayList<>();
		for (int i = 1; i < call.count(); i++) {
			wanted.add(call.string(i));
		}
		for (String name : wanted) {
			if (statuses.stream().noneMatch((status) -> status.definition().name().equals(name))) {
				throw QueryException.opFailed(
						"Index `" + name + "` was not found on table `" + table.database() + "." + table.name() + "`.");
			}
		}
		statuses.stream()
			.filter((status) -> wanted.isEmpty() || wanted.contains(status.definition().name()))
			.sorted((a, b) -> a.definition().name().compareTo(b.definition().name()))
			.forEach((status) -> result.add(status(status)));
		return result;
	}

	private static Map<String, Object> status(IndexStatus status) {
		IndexDefinition definition = status.definition();
		String source = Printer.json(Datums.normalize(definition.function()));
		byte[] function = functionBytes(definition, source);
		Map<String, Object> row = Datums.object("index", definition.name(), "ready", status.ready(), "outdated", false,
				"multi", definition.multi(), "geo", definition.geo(), "function", TypeTerms.binaryOf(function), "query",
				createQuery(definition));
		if (!status.ready()) {
			row.put("progress", status.progress());
		}
		return row;
	}

	/**
	 * The query that makes the index again, as RethinkDB writes it: the name in single
	 * quotes, unescaped, then the function as JavaScript, then the options set.
	 */
	private static String createQuery(IndexDefinition definition) {
		StringBuilder query = new StringBuilder("indexCreate('").append(definition.name())
			.append("', ")
			.append(QueryText.of(definition.function()));
		if (definition.multi() || definition.geo()) {
			query.append(", {")
				.append(definition.multi() ? "multi: true" : "")
				.append((definition.multi() && definition.geo()) ? ", " : "")
				.append(definition.geo() ? "geo: true" : "")
				.append('}');
		}
		return query.append(')').toString();
	}

	/**
	 * RethinkDB 2.4's bytes of the index function; a stored function that is no FUNC term
	 * of ids (none is created so) would keep Quire's JSON rather than fail the status.
	 */
	private static byte[] functionBytes(IndexDefinition definition, String source) {
		try {
			return new IndexFunctionBlob(definition.function(), definition.multi(), definition.geo()).toBytes();
		}
		catch (FunctionBlobException ex) {
			return source.getBytes(StandardCharsets.UTF_8);
		}
	}

	private static Object rename(Call call) {
		Table table = table(call);
		String from = call.string(1);
		String to = call.string(2);
		checkNotPrimary(table, from);
		checkNotPrimary(table, to);
		boolean overwrite = call.optBool("overwrite", false);
		try {
			return Datums.object("renamed", table.renameIndex(from, to, overwrite) ? 1.0 : 0.0);
		}
		catch (QueryException ex) {
			if (overwrite || ex.errorType() != ErrorType.OP_FAILED || !ex.getMessage().startsWith("Index `")) {
				throw ex;
			}
			// without overwrite RethinkDB does not say which of the two went wrong
			throw QueryException.opFailed("Index `" + from + "` does not exist or index `" + to
					+ "` already exists on table `" + table.database() + "." + table.name() + "`.");
		}
	}

}
