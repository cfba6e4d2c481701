package io.quire.tools.transfer;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quire.driver.Connection;
import io.quire.driver.QuireException;
import io.quire.driver.query.ReqlExpr;
import io.quire.driver.query.Table;
import io.quire.tools.ToolException;
import io.quire.tools.data.FunctionBlobs;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import static io.quire.driver.Quire.r;

/**
 * Recreates a table's secondary indexes and its write hook from their function bytes (see
 * {@link FunctionBlobs}) after its rows are in. An index of the same name is replaced. An
 * index the server refuses is a warning, as in {@code rethinkdb restore}; if the run is
 * interrupted or the server fails meanwhile, the indexes this run created are dropped
 * again, so no half-made definition stays behind.
 */
final class IndexRestore {

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private final Connection connection;

	private final TableName name;

	private final PrintWriter out;

	private final Interruption interruption;

	IndexRestore(Connection connection, TableName name, PrintWriter out, Interruption interruption) {
		this.connection = connection;
		this.name = name;
		this.out = out;
		this.interruption = interruption;
	}

	/**
	 * Create the indexes and set the hook.
	 * @return the number of warnings (indexes or hook the server refused)
	 */
	int restore(List<Map<String, @Nullable Object>> indexes, @Nullable Map<String, @Nullable Object> hook) {
		List<String> created = new ArrayList<>();
		try {
			int warnings = createIndexes(indexes, created);
			if (!created.isEmpty()) {
				table().indexWait(created.toArray()).runAtom(this.connection, List.class);
			}
			this.interruption.check();
			return warnings + ((hook != null) ? setHook(hook) : 0);
		}
		catch (RuntimeException ex) {
			dropQuietly(created);
			throw ex;
		}
	}

	private int createIndexes(List<Map<String, @Nullable Object>> indexes, List<String> created) {
		List<String> existing = table().indexList().runAtom(this.connection, NAMES);
		int warnings = 0;
		for (Map<String, @Nullable Object> index : indexes) {
			this.interruption.check();
			String indexName = String.valueOf(index.get("index"));
			try {
				if (existing.contains(indexName)) {
					table().indexDrop(indexName).runAtom(this.connection, Map.class);
				}
				create(indexName, index);
				created.add(indexName);
			}
			catch (QuireException | IllegalArgumentException ex) {
				warnings++;
				warn("index `" + indexName + "`", ex);
			}
		}
		return warnings;
	}

	/**
	 * Creates the index from its function bytes; the row's flags go along for the bytes
	 * of older Quire dumps, which hold the function alone.
	 */
	private void create(String indexName, Map<String, @Nullable Object> index) {
		byte[] function = FunctionBlobs.bytes(index.get("function"));
		ReqlExpr create = table().indexCreate(indexName, function)
			.optArg("multi", Boolean.TRUE.equals(index.get("multi")));
		(Boolean.TRUE.equals(index.get("geo")) ? create.optArg("geo", true) : create).runAtom(this.connection,
				Map.class);
	}

	private int setHook(Map<String, @Nullable Object> hook) {
		try {
			byte[] function = FunctionBlobs.bytes(hook.get("function"));
			table().setWriteHook(null).runAtom(this.connection, Map.class);
			table().setWriteHook(function).runAtom(this.connection, Map.class);
			return 0;
		}
		catch (QuireException | IllegalArgumentException ex) {
			warn("the write hook", ex);
			return 1;
		}
	}

	private void warn(String what, Exception ex) {
		synchronized (this.out) {
			this.out
				.println("Warning: " + what + " of " + this.name + " was not restored: " + ToolException.reason(ex));
			this.out.flush();
		}
	}

	private void dropQuietly(List<String> created) {
		for (String index : created) {
			try {
				table().indexDrop(index).runAtom(this.connection, Map.class);
			}
			catch (QuireException ex) {
				// the server is gone or the index too: nothing left to clean
			}
		}
	}

	private Table table() {
		return r.db(this.name.db()).table(this.name.table());
	}

}
