package io.quire.engine.net;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageEncoder;
import io.quire.engine.QueryException;
import io.quire.protocol.ResponseNote;
import io.quire.protocol.ResponseType;
import io.quire.protocol.codec.Frame;
import io.quire.protocol.json.ReqlJson;
import io.quire.protocol.json.ReqlJsonException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link Response} into a frame whose body is
 * {@code {"t":..,"r":[..],"e":..,"b":[..],"p":..,"n":[..]}}: {@code e} only for runtime
 * errors, {@code b} on errors, {@code n} exactly for sequences. A result that cannot be
 * written as JSON is answered with a runtime error instead. Stateless.
 */
@Sharable
final class ResponseEncoder extends MessageToMessageEncoder<Response> {

	private static final Logger logger = LoggerFactory.getLogger(ResponseEncoder.class);

	ResponseEncoder() {
		super(Response.class);
	}

	@Override
	protected void encode(ChannelHandlerContext ctx, Response response, List<Object> out) {
		out.add(new Frame(response.token(), body(response)));
	}

	static byte[] body(Response response) {
		try {
			return ReqlJson.write(fields(response));
		}
		catch (ReqlJsonException ex) {
			logger.debug("Result of token {} is not valid JSON", response.token(), ex);
			QueryException error = QueryException.queryLogic("Cannot write the result as JSON: " + ex.getMessage());
			return ReqlJson.write(fields(Response.error(response.token(), error)));
		}
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
