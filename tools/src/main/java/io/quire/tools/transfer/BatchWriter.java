package io.quire.tools.transfer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.driver.Connection;
import io.quire.driver.QuireQueryLogicException;
import io.quire.driver.QuireResourceLimitException;
import io.quire.driver.query.Table;
import io.quire.tools.ToolException;
import io.quire.tools.data.Row;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import static io.quire.driver.Quire.r;

/**
 * Inserts batches of rows into one table. When the server refuses part of a batch, the
 * rows are tried one by one to find which: a row already stored by the batch is fine,
 * another refusal names the row's file and line.
 */
final class BatchWriter {

	private static final TypeReference<Map<String, @Nullable Object>> RESULT = new TypeReference<>() {
	};

	private final TableName name;

	private final String file;

	private final String primaryKey;

	private final ImportSettings settings;

	private final Totals totals;

	private final PrintWriter out;

	BatchWriter(TableName name, String file, String primaryKey, ImportSettings settings, Totals totals,
			PrintWriter out) {
		this.name = name;
		this.file = file;
		this.primaryKey = primaryKey;
		this.settings = settings;
		this.totals = totals;
		this.out = out;
	}

	/**
	 * Insert a batch; the rows counted as written. A batch the server refuses as a whole
	 * for what it holds (a query logic or resource limit error) is tried row by row too,
	 * so that the refusal names its row.
	 */
	void write(Connection connection, List<Row> batch) {
		Map<String, @Nullable Object> result;
		try {
			result = insert(connection, documents(batch));
		}
		catch (QuireQueryLogicException | QuireResourceLimitException ex) {
			result = Map.of("errors", batch.size());
		}
		if (count(result, "errors") == 0) {
			this.totals.rows().addAndGet(batch.size());
			return;
		}
		for (Row row : batch) {
			writeOne(connection, row);
		}
	}

	private void writeOne(Connection connection, Row row) {
		Object refusal;
		try {
			Map<String, @Nullable Object> result = insert(connection, List.of(row.document()));
			if (count(result, "errors") == 0 || storedByBatch(connection, row, result)) {
				this.totals.rows().incrementAndGet();
				return;
			}
			refusal = result.get("first_error");
		}
		catch (QuireQueryLogicException | QuireResourceLimitException ex) {
			refusal = ToolException.reason(ex);
		}
		String message = this.file + ":" + row.line() + ": the server refused the document: " + refusal;
		if (!this.settings.ignoreErrors()) {
			throw new ToolException("Error: " + message);
		}
		this.totals.addSkipped(1);
		synchronized (this.out) {
			this.out.println("Skipped " + message);
			this.out.flush();
		}
	}

	/** Whether a duplicate key refusal is the row itself, stored by its batch. */
	private boolean storedByBatch(Connection connection, Row row, Map<String, @Nullable Object> result) {
		Object error = result.get("first_error");
		Object key = row.document().get(this.primaryKey);
		if (key == null || !(error instanceof String text) || !text.startsWith("Duplicate primary key")) {
			return false;
		}
		return Boolean.TRUE.equals(table().get(key).eq(r.expr(row.document())).runAtom(connection, Boolean.class));
	}

	private Map<String, @Nullable Object> insert(Connection connection, List<Map<String, @Nullable Object>> documents) {
		return table().insert(r.expr(documents))
			.optArg("conflict", this.settings.conflict())
			.optArg("durability", this.settings.durability())
			.runAtom(connection, RESULT);
	}

	private static List<Map<String, @Nullable Object>> documents(List<Row> batch) {
		List<Map<String, @Nullable Object>> documents = new ArrayList<>(batch.size());
		batch.forEach((row) -> documents.add(row.document()));
		return documents;
	}

	private static long count(Map<String, @Nullable Object> result, String name) {
		return (result.get(name) instanceof Number number) ? number.longValue() : 0;
	}

	private Table table() {
		return r.db(this.name.db()).table(this.name.table());
	}

}
