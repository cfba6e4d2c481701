package io.quire.engine.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import io.quire.engine.QueryException;
import io.quire.protocol.ResponseNote;
import io.quire.protocol.ResponseType;
import io.quire.protocol.codec.Frame;
import io.quire.protocol.json.JsonLimitException;
import io.quire.protocol.json.ReqlJson;
import io.quire.protocol.json.ReqlJsonException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a {@link Response} as a whole frame: token, length, then the body
 * {@code {"t":..,"r":[..],"e":..,"b":[..],"p":..,"n":[..]}} ({@code e} only for runtime
 * errors, {@code b} on errors, {@code n} exactly for sequences). The JSON goes straight
 * into the outgoing buffer and the length is filled in afterwards, so a result is never
 * copied through an intermediate array. Responses are nested at most as deeply as queries
 * may be; a result nested deeper, or one that cannot be written as JSON, is answered with
 * a runtime error instead. Stateless.
 */
@Sharable
final class ResponseEncoder extends MessageToByteEncoder<Response> {

	private static final Logger logger = LoggerFactory.getLogger(ResponseEncoder.class);

	private static final int LENGTH_OFFSET = 8;

	private final int maxNestingDepth;

	/**
	 * @param maxNestingDepth the most arrays and objects a response may nest, counting
	 * its own
	 */
	ResponseEncoder(int maxNestingDepth) {
		super(Response.class);
		this.maxNestingDepth = maxNestingDepth;
	}

	@Override
	protected void encode(ChannelHandlerContext ctx, Response response, ByteBuf out) {
		int start = out.writerIndex();
		out.writeLongLE(response.token());
		out.writeIntLE(0);
		try {
			writeBody(fields(response), out);
		}
		catch (JsonLimitException ex) {
			logger.debug("Result of token {} is nested too deeply", response.token(), ex);
			writeInstead(response.token(),
					QueryException.resourceLimit(
							"Result is nested too deeply (the maximum depth is " + this.maxNestingDepth + ")."),
					start, out);
		}
		catch (ReqlJsonException ex) {
			logger.debug("Result of token {} is not valid JSON", response.token(), ex);
			QueryException error = QueryException.queryLogic("Cannot write the result as JSON: " + ex.getMessage());
			writeInstead(response.token(), error, start, out);
		}
		catch (OutOfMemoryError ex) {
			// the buffer for a huge result could not grow: the event loop lives on, the
			// query is told
			logger.warn("No memory left to write the result of token {}", response.token(), ex);
			QueryException error = QueryException.resourceLimit("The result is too large to send: " + ex.getMessage());
			writeInstead(response.token(), error, start, out);
		}
		out.setIntLE(start + LENGTH_OFFSET, out.writerIndex() - start - Frame.HEADER_SIZE);
	}

	private void writeInstead(long token, QueryException error, int start, ByteBuf out) {
		out.writerIndex(start + Frame.HEADER_SIZE);
		writeBody(fields(Response.error(token, error)), out);
	}

	private void writeBody(Map<String, Object> fields, ByteBuf out) {
		ReqlJson.write(fields, new ByteBufOutputStream(out), this.maxNestingDepth);
	}

	static Map<String, Object> fields(Response response) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("t", response.type().value());
		fields.put("r", response.results());
		if (response.errorType() != null) {
			fields.put("e", response.errorType().value());
		}
		if (response.isError()) {
			fields.put("b", response.backtrace());
		}
		if (response.profile() != null) {
			fields.put("p", response.profile());
		}
		if (isSequence(response.type())) {
			fields.put("n", noteValues(response.notes()));
		}
		return fields;
	}

	private static boolean isSequence(ResponseType type) {
		return type == ResponseType.SUCCESS_SEQUENCE || type == ResponseType.SUCCESS_PARTIAL;
	}

	private static List<Integer> noteValues(List<ResponseNote> notes) {
		List<Integer> values = new ArrayList<>(notes.size());
		notes.forEach((note) -> values.add(note.value()));
		return values;
	}

}
