package io.quire.engine.term;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;

import io.quire.engine.QueryException;
import io.quire.engine.datum.Datums;
import org.jspecify.annotations.Nullable;

/** SLICE over arrays, streams, strings and binary values, with open or closed bounds. */
final class Slices {

	private Slices() {
	}

	static Object slice(Call call) {
		Object source = call.arg(0);
		boolean leftClosed = bound(call, "left_bound", "closed");
		boolean rightClosed = bound(call, "right_bound", "open");
		long start = (call.count() > 1) ? call.integer(1) : 0;
		Long end = (call.count() > 2) ? Long.valueOf(call.integer(2)) : null;
		if (source instanceof Stream || source instanceof TableRef) {
			return sliceStream(call, source, start, end, leftClosed, rightClosed);
		}
		Object datum = call.datum(0);
		if (datum instanceof String text) {
			int[] codePoints = text.codePoints().toArray();
			int[] range = range(codePoints.length, start, end, leftClosed, rightClosed);
			return new String(codePoints, range[0], range[1] - range[0]);
		}
		if (Datums.isPseudo(datum, "BINARY")) {
			byte[] bytes = Base64.getDecoder().decode((String) Types.object(datum).get("data"));
			int[] range = range(bytes.length, start, end, leftClosed, rightClosed);
			byte[] part = Arrays.copyOfRange(bytes, range[0], range[1]);
			return Datums.object(Datums.REQL_TYPE, "BINARY", "data", Base64.getEncoder().encodeToString(part));
		}
		List<@Nullable Object> array = call.framed(0, () -> Types.array(datum));
		int[] range = range(array.size(), start, end, leftClosed, rightClosed);
		return new ArrayList<>(array.subList(range[0], range[1]));
	}

	private static boolean bound(Call call, String optarg, String fallback) {
		String kind = call.has(optarg) ? call.optString(optarg) : fallback;
		if (!"open".equals(kind) && !"closed".equals(kind)) {
			throw QueryException
				.queryLogic("Expected `open` or `closed` for optarg `" + optarg + "` (got `\"" + kind + "\"`).");
		}
		return "closed".equals(kind);
	}

	/**
	 * Resolves negative indexes and bounds into a [from, to) range clamped to the size.
	 */
	private static int[] range(int size, long start, @Nullable Long end, boolean leftClosed, boolean rightClosed) {
		long from = (start < 0) ? size + start : start;
		long to = (end == null) ? size : ((end < 0) ? size + end : end);
		if (!leftClosed) {
			from++;
		}
		if (end != null && rightClosed) {
			to++;
		}
		from = Math.max(0, Math.min(from, size));
		to = Math.max(from, Math.min(to, size));
		return new int[] { (int) from, (int) to };
	}

	private static Object sliceStream(Call call, Object source, long start, @Nullable Long end, boolean leftClosed,
			boolean rightClosed) {
		if (start < 0) {
			throw QueryException.queryLogic("Cannot use a negative left index on a stream.");
		}
		if (end != null && end < -1) {
			throw QueryException.queryLogic("Cannot use a right index < -1 on a stream.");
		}
		if (end != null && end == -1) {
			if (!rightClosed) {
				throw QueryException.queryLogic("Cannot slice to an open right index of -1 on a stream.");
			}
			// a closed -1 reaches the stream's end
			return sliceStream(call, source, start, null, leftClosed, true);
		}
		long from = leftClosed ? start : start + 1;
		Stream rows = Values.stream(source);
		Iterator<?> rest = Lazy.skip(rows, from);
		if (end != null) {
			long to = rightClosed ? end + 1 : end;
			rest = Lazy.limit(rest, Math.max(0, to - from));
		}
		return Stream.derived(rows, rest, true).endless(end == null && rows.isEndless());
	}

}
