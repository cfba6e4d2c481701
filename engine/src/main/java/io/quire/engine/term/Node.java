package io.quire.engine.term;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.quire.engine.QueryException;
import io.quire.protocol.TermType;
import org.jspecify.annotations.Nullable;

/** A compiled term: its spec, compiled arguments and optargs, and for DATUM its value. */
public final class Node {

	/** Per-group terms whose array results are values, not sequences, of each group. */
	private static final Set<TermType> REDUCING = EnumSet.of(TermType.COERCE_TO, TermType.REDUCE, TermType.FOLD);

	private final TermSpec spec;

	private final List<Node> args;

	private final Map<String, Node> optargs;

	private final @Nullable Object datum;

	private final boolean splicesArgs;

	private final Determinism determinism;

	private @Nullable Object source;

	Node(TermSpec spec, List<Node> args, Map<String, Node> optargs, @Nullable Object datum) {
		this.spec = spec;
		this.args = args;
		this.optargs = optargs;
		this.datum = datum;
		this.splicesArgs = splices(args);
		this.determinism = determinismOf(spec, args, optargs);
	}

	/**
	 * Whether an argument is {@code r.args}, spliced when the term runs. A loop, not a
	 * stream: every node of a query is built through here, most of them data.
	 */
	static boolean splices(List<Node> args) {
		for (Node arg : args) {
			if (arg.type() == TermType.ARGS) {
				return true;
			}
		}
		return false;
	}

	private static Determinism determinismOf(TermSpec spec, List<Node> args, Map<String, Node> optargs) {
		Determinism result = spec.determinism().of(args);
		for (Node arg : args) {
			result = result.join(arg.determinism);
		}
		for (Node optarg : optargs.values()) {
			result = result.join(optarg.determinism);
		}
		return result;
	}

	public TermType type() {
		return this.spec.type();
	}

	public List<Node> args() {
		return this.args;
	}

	public Map<String, Node> optargs() {
		return this.optargs;
	}

	/** The term JSON this node was compiled from (for stored index functions). */
	@Nullable Object source() {
		return (this.source != null || this.spec.type() != TermType.DATUM) ? this.source : this.datum;
	}

	Node withSource(Object source) {
		this.source = source;
		return this;
	}

	/** Whether this term and everything under it is deterministic. */
	Determinism determinism() {
		return this.determinism;
	}

	@Nullable Object datum() {
		return this.datum;
	}

	boolean splicesArgs() {
		return this.splicesArgs;
	}

	/** Evaluates the term in the environment. */
	public @Nullable Object eval(Env env) {
		Call call = new Call(this, env, this.splicesArgs ? splice(env) : this.args);
		if (this.spec.perGroup() && call.count() > 0 && call.arg(0) instanceof Grouped grouped) {
			return perGroup(call, grouped);
		}
		return this.spec.implementation().evaluate(call);
	}

	private Grouped perGroup(Call call, Grouped grouped) {
		boolean stream = grouped.typeName().equals("GROUPED_STREAM") && !REDUCING.contains(this.spec.type());
		Map<@Nullable Object, @Nullable Object> values = new LinkedHashMap<>();
		grouped.groups().forEach((group, value) -> {
			if (GroupRows.vanishes(this.spec.type(), call, value)) {
				return;
			}
			Object reduced = this.spec.implementation().evaluate(call.withFirst(value));
			values.put(group, (reduced instanceof Stream rows) ? rows.drain(call.context()) : Values.datum(reduced));
		});
		boolean sequences = values.values().stream().allMatch((value) -> value instanceof List);
		Grouped result = new Grouped(stream && sequences);
		values.forEach(result::put);
		return result;
	}

	private List<Node> splice(Env env) {
		List<Node> expanded = new ArrayList<>();
		for (int i = 0; i < this.args.size(); i++) {
			Node arg = this.args.get(i);
			if (arg.type() != TermType.ARGS) {
				expanded.add(arg);
				continue;
			}
			Object value = new Call(this, env, this.args).datum(i);
			for (Object element : Types.array(value)) {
				expanded.add(datumNode(element));
			}
		}
		if (!this.spec.accepts(expanded.size())) {
			// arguments spliced from r.args are counted when the query runs
			throw QueryException.queryLogic(this.spec.arityMessage(expanded.size()));
		}
		return expanded;
	}

	static Node datumNode(@Nullable Object datum) {
		return new Node(TermRegistry.spec(TermType.DATUM), List.of(), Map.of(), datum);
	}

	/**
	 * A zero-or-one-argument-agnostic function returning a constant (a datum used where a
	 * function goes).
	 */
	static Func constantFunction(@Nullable Object datum, Env env) {
		return new ConstantFunc(datum, env);
	}

}
