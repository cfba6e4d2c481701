package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.quire.engine.QueryException;
import org.jspecify.annotations.Nullable;

/**
 * One evaluation of a term: its argument nodes and optargs in an environment. Arguments
 * are evaluated on demand, once, and errors they raise get the argument's backtrace
 * frame.
 */
public final class Call {

	private static final Object PENDING = new Object();

	private final Node node;

	private final Env env;

	private final List<Node> args;

	private final @Nullable Object[] values;

	Call(Node node, Env env, List<Node> args) {
		this.node = node;
		this.env = env;
		this.args = args;
		this.values = new Object[args.size()];
		Arrays.fill(this.values, PENDING);
	}

	/** The same call with its first argument already evaluated (used per group). */
	Call withFirst(@Nullable Object first) {
		Call copy = new Call(this.node, this.env, this.args);
		System.arraycopy(this.values, 0, copy.values, 0, this.values.length);
		copy.values[0] = first;
		return copy;
	}

	public Env env() {
		return this.env;
	}

	public QueryContext context() {
		return this.env.context();
	}

	public Node node() {
		return this.node;
	}

	public int count() {
		return this.args.size();
	}

	/** The value of argument {@code i}: a datum, stream, table, function... */
	public @Nullable Object arg(int i) {
		if (this.values[i] == PENDING) {
			try {
				this.values[i] = this.args.get(i).eval(this.env);
			}
			catch (QueryException ex) {
				throw ex.withFrame(i);
			}
		}
		return this.values[i];
	}

	/** Runs {@code action} on argument {@code i}'s value, adding its frame to errors. */
	public <T> T framed(int i, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (QueryException ex) {
			throw ex.withFrame(i);
		}
	}

	public @Nullable Object datum(int i) {
		Object value = arg(i);
		return framed(i, () -> Values.datum(value));
	}

	public double number(int i) {
		Object value = datum(i);
		return framed(i, () -> Types.number(value));
	}

	public long integer(int i) {
		Object value = datum(i);
		return framed(i, () -> Types.integer(value));
	}

	public String string(int i) {
		Object value = datum(i);
		return framed(i, () -> Types.string(value));
	}

	/**
	 * Argument {@code i} as an array. Unlike numbers and strings, a wrong type here is
	 * the term's own error (RethinkDB checks arrays and objects on the datum, not the
	 * argument).
	 */
	public List<@Nullable Object> array(int i) {
		return Types.array(datum(i));
	}

	/**
	 * Argument {@code i} as an object; a wrong type is the term's error, as for arrays.
	 */
	public Map<String, @Nullable Object> object(int i) {
		return Types.object(datum(i));
	}

	/** Argument {@code i} as a function; a datum becomes a function that returns it. */
	public Func func(int i) {
		Object value = arg(i);
		if (value instanceof Func func) {
			return func;
		}
		return Node.constantFunction(Values.datum(value), this.env);
	}

	/** The datums of every argument from {@code from} on. */
	public List<@Nullable Object> datums(int from) {
		List<@Nullable Object> result = new ArrayList<>();
		for (int i = from; i < count(); i++) {
			result.add(datum(i));
		}
		return result;
	}

	public boolean has(String optarg) {
		return this.node.optargs().containsKey(optarg);
	}

	/** The value of an optarg (not necessarily a datum), or {@code null} when absent. */
	public @Nullable Object optValue(String optarg) {
		Node optNode = this.node.optargs().get(optarg);
		if (optNode == null) {
			return null;
		}
		try {
			return optNode.eval(this.env);
		}
		catch (QueryException ex) {
			throw ex.withFrame(optarg);
		}
	}

	/** The datum of an optarg, or {@code fallback} when absent. */
	public @Nullable Object opt(String optarg, @Nullable Object fallback) {
		if (!has(optarg)) {
			return fallback;
		}
		Object value = optValue(optarg);
		try {
			return Values.datum(value);
		}
		catch (QueryException ex) {
			throw ex.withFrame(optarg);
		}
	}

	public boolean optBool(String optarg, boolean fallback) {
		Object value = opt(optarg, fallback);
		try {
			return Types.bool(value);
		}
		catch (QueryException ex) {
			throw ex.withFrame(optarg);
		}
	}

	public @Nullable String optString(String optarg) {
		Object value = opt(optarg, null);
		try {
			return (value == null) ? null : Types.string(value);
		}
		catch (QueryException ex) {
			throw ex.withFrame(optarg);
		}
	}

}
