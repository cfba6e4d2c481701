package io.quire.driver.query;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.quire.driver.Connection;
import io.quire.driver.Cursor;
import io.quire.driver.RunOptions;
import io.quire.driver.internal.Futures;
import io.quire.protocol.TermType;
import io.quire.protocol.json.ReqlJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * A ReQL term: its type, positional arguments and optional arguments, and the ways to run
 * it. Immutable. Terms are built with {@link io.quire.driver.Quire#r} and the methods of
 * {@link ReqlExpr}.
 */
public class ReqlAst {

	private final TermType termType;

	private final List<ReqlAst> args;

	private final Map<String, ReqlAst> optArgs;

	protected ReqlAst(TermType termType, List<ReqlAst> args, Map<String, ReqlAst> optArgs) {
		this.termType = termType;
		this.args = List.copyOf(args);
		this.optArgs = Collections.unmodifiableMap(new LinkedHashMap<>(optArgs));
	}

	/** The term's type. */
	public TermType termType() {
		return this.termType;
	}

	/** The positional arguments. */
	public List<ReqlAst> args() {
		return this.args;
	}

	/** The optional arguments, by name. */
	public Map<String, ReqlAst> optArgs() {
		return this.optArgs;
	}

	/**
	 * The term as plain JSON values: {@code [type, [args], {optargs}]}, a bare object for
	 * MAKE_OBJ, the value itself for a datum.
	 */
	public @Nullable Object build() {
		List<Object> term = new ArrayList<>(3);
		term.add(this.termType.value());
		List<Object> builtArgs = new ArrayList<>(this.args.size());
		for (ReqlAst arg : this.args) {
			builtArgs.add(arg.build());
		}
		term.add(builtArgs);
		if (!this.optArgs.isEmpty()) {
			term.add(buildOptArgs(this.optArgs));
		}
		return term;
	}

	/** The JSON text of the term, as sent to the server. */
	public String toJson() {
		return ReqlJson.writeString(build());
	}

	@Override
	public String toString() {
		return toJson();
	}

	static Map<String, @Nullable Object> buildOptArgs(Map<String, ReqlAst> optArgs) {
		Map<String, @Nullable Object> built = new LinkedHashMap<>();
		optArgs.forEach((name, value) -> built.put(name, value.build()));
		return built;
	}

	/** Whether this term uses {@code r.row} outside any nested function. */
	boolean usesImplicitVar() {
		if (this.termType == TermType.IMPLICIT_VAR) {
			return true;
		}
		if (this.termType == TermType.FUNC) {
			return false;
		}
		return this.args.stream().anyMatch(ReqlAst::usesImplicitVar)
				|| this.optArgs.values().stream().anyMatch(ReqlAst::usesImplicitVar);
	}

	// ---- running ----

	/**
	 * Run and give the rows as plain Java values (maps, lists, strings, numbers, times,
	 * byte arrays).
	 */
	public Cursor<Object> run(Connection connection) {
		return run(connection, RunOptions.none(), Object.class);
	}

	/** Run with options and give the rows as plain Java values. */
	public Cursor<Object> run(Connection connection, RunOptions options) {
		return run(connection, options, Object.class);
	}

	/**
	 * Run and map each row to the class (a user class, {@code Map}, {@code JsonNode},
	 * ...).
	 */
	public <T> Cursor<T> run(Connection connection, Class<T> rowType) {
		return run(connection, RunOptions.none(), rowType);
	}

	/** Run and map each row to the generic type. */
	public <T> Cursor<T> run(Connection connection, TypeReference<T> rowType) {
		return run(connection, RunOptions.none(), rowType);
	}

	/** Run with options and map each row to the class. */
	public <T> Cursor<T> run(Connection connection, RunOptions options, Class<T> rowType) {
		return connection.run(this, options, rowType);
	}

	/** Run with options and map each row to the generic type. */
	public <T> Cursor<T> run(Connection connection, RunOptions options, TypeReference<T> rowType) {
		return connection.run(this, options, rowType.getType());
	}

	/** Run without blocking; rows as plain Java values. */
	public CompletableFuture<Cursor<Object>> runAsync(Connection connection) {
		return runAsync(connection, RunOptions.none(), Object.class);
	}

	/** Run without blocking and map each row to the class. */
	public <T> CompletableFuture<Cursor<T>> runAsync(Connection connection, Class<T> rowType) {
		return runAsync(connection, RunOptions.none(), rowType);
	}

	/** Run with options without blocking and map each row to the class. */
	public <T> CompletableFuture<Cursor<T>> runAsync(Connection connection, RunOptions options, Class<T> rowType) {
		return connection.runAsync(this, options, rowType);
	}

	/**
	 * Run and give the whole result as one plain value (a sequence is read to a list).
	 */
	public @Nullable Object runAtom(Connection connection) {
		return runAtom(connection, RunOptions.none(), Object.class);
	}

	/**
	 * Run and map the whole result to the class; for example
	 * {@code count().runAtom(conn, Long.class)}.
	 */
	public <T> T runAtom(Connection connection, Class<T> resultType) {
		return runAtom(connection, RunOptions.none(), resultType);
	}

	/**
	 * Run and map the whole result to the generic type, for example {@code List<Hero>}.
	 */
	public <T> T runAtom(Connection connection, TypeReference<T> resultType) {
		return connection.runAtom(this, RunOptions.none(), resultType.getType());
	}

	/** Run with options and map the whole result to the class. */
	public <T> T runAtom(Connection connection, RunOptions options, Class<T> resultType) {
		return connection.runAtom(this, options, resultType);
	}

	/** Run without blocking and map the whole result to the class. */
	public <T> CompletableFuture<T> runAtomAsync(Connection connection, Class<T> resultType) {
		return runAtomAsync(connection, RunOptions.none(), resultType);
	}

	/** Run with options without blocking and map the whole result to the class. */
	public <T> CompletableFuture<T> runAtomAsync(Connection connection, RunOptions options, Class<T> resultType) {
		return connection.runAtomAsync(this, options, (Type) resultType);
	}

	/**
	 * Send with {@code noreply}: no result, no error; {@link Connection#noreplyWait()}
	 * waits for it.
	 */
	public void runNoReply(Connection connection) {
		runNoReply(connection, RunOptions.none());
	}

	/** Send with options and {@code noreply}. */
	public void runNoReply(Connection connection, RunOptions options) {
		Futures.join(connection.runNoReplyAsync(this, options));
	}

}
