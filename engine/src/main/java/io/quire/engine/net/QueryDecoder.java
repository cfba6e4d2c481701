package io.quire.engine.net;

import java.util.List;
import java.util.Map;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import io.quire.engine.QueryException;
import io.quire.engine.datum.WireNumbers;
import io.quire.protocol.QueryType;
import io.quire.protocol.codec.Frame;
import io.quire.protocol.json.JsonLimitException;
import io.quire.protocol.json.ReqlJson;
import io.quire.protocol.json.ReqlJsonException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a frame's body as a query {@code [type, term?, global_optargs?]}. A body that is
 * not valid JSON or not a valid query becomes a {@link Query.Invalid} with RethinkDB's
 * CLIENT_ERROR message, so only that query fails. Stateless.
 */
@Sharable
final class QueryDecoder extends MessageToMessageDecoder<Frame> {

	static final String BUGGY_CLIENT = "Client is buggy (failed to deserialize query).";

	private final int maxNestingDepth;

	QueryDecoder(int maxNestingDepth) {
		super(Frame.class);
		this.maxNestingDepth = maxNestingDepth;
	}

	@Override
	protected void decode(ChannelHandlerContext ctx, Frame frame, List<Object> out) {
		out.add(decode(frame, System.nanoTime()));
	}

	Query decode(Frame frame, long receivedNanos) {
		try {
			return parse(frame.token(), read(frame.body()), receivedNanos);
		}
		catch (QueryException ex) {
			return new Query.Invalid(frame.token(), ex);
		}
	}

	private @Nullable Object read(byte[] body) {
		try {
			return ReqlJson.read(body, this.maxNestingDepth);
		}
		catch (JsonLimitException ex) {
			throw QueryException
				.client("Query is nested too deeply (the maximum depth is " + this.maxNestingDepth + ").");
		}
		catch (ReqlJsonException ex) {
			throw QueryException.client(BUGGY_CLIENT);
		}
	}

	private static Query parse(long token, @Nullable Object json, long receivedNanos) {
		if (!(json instanceof List<?> query)) {
			throw QueryException.client("Expected a query to be an array, but found " + typeName(json) + ".");
		}
		if (query.isEmpty() || query.size() > 3) {
			throw QueryException
				.client("Expected 1 to 3 elements in the top-level query, but found " + query.size() + ".");
		}
		QueryType type = queryType(query.get(0));
		Object term = (query.size() > 1) ? query.get(1) : null;
		if (type == QueryType.START && query.size() < 2) {
			throw QueryException.client("Expected a term in a START query.");
		}
		Map<String, Object> optargs = globalOptargs((query.size() > 2) ? query.get(2) : Map.of());
		boolean noreply = type == QueryType.START && isTrue(optargs.get("noreply"));
		return new Query.Valid(token, type, (type == QueryType.START) ? term : null, optargs, noreply, receivedNanos);
	}

	private static QueryType queryType(@Nullable Object value) {
		if (!(value instanceof Number number)) {
			throw QueryException.client("Expected a query type as a number, but found " + typeName(value) + ".");
		}
		Integer exact = WireNumbers.exactInt(number);
		try {
			if (exact != null) {
				return QueryType.of(exact);
			}
		}
		catch (IllegalArgumentException ex) {
			// not a query type: refused below like a number that is no int at all
		}
		throw QueryException.client("Unrecognized QueryType: " + WireNumbers.print(number) + ".");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> globalOptargs(@Nullable Object value) {
		if (!(value instanceof Map<?, ?> map)) {
			throw QueryException.client("Expected global optargs as an object, but found " + typeName(value) + ".");
		}
		return (Map<String, Object>) map;
	}

	/** A global {@code noreply} is a raw boolean or the datum term {@code [1, bool]}. */
	private static boolean isTrue(@Nullable Object value) {
		if (value instanceof List<?> term && term.size() == 2 && Integer.valueOf(1).equals(intValue(term.get(0)))) {
			return Boolean.TRUE.equals(term.get(1));
		}
		return Boolean.TRUE.equals(value);
	}

	private static @Nullable Integer intValue(@Nullable Object value) {
		return (value instanceof Number number) ? WireNumbers.exactInt(number) : null;
	}

	static String typeName(@Nullable Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof List) {
			return "ARRAY";
		}
		if (value instanceof Map) {
			return "OBJECT";
		}
		if (value instanceof Number) {
			return "NUMBER";
		}
		return (value instanceof Boolean) ? "BOOL" : "STRING";
	}

}
