package io.quire.driver.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quire.driver.Quire;
import io.quire.driver.RunOptions;
import io.quire.driver.query.ReqlAst;
import io.quire.protocol.QueryType;
import io.quire.protocol.json.ReqlJson;
import org.jspecify.annotations.Nullable;

/**
 * Writes query frames' bodies: {@code [START, term, {global optargs}]} and the bare
 * {@code [CONTINUE]}, {@code [STOP]}, {@code [NOREPLY_WAIT]}, {@code [SERVER_INFO]}.
 */
final class QueryJson {

	static final byte[] CONTINUE = bare(QueryType.CONTINUE);

	static final byte[] STOP = bare(QueryType.STOP);

	static final byte[] NOREPLY_WAIT = bare(QueryType.NOREPLY_WAIT);

	private QueryJson() {
	}

	/**
	 * A START query. Global optargs are, by increasing priority: the default database,
	 * the session options, the run options; each value is sent as a term.
	 */
	static byte[] start(ReqlAst term, String database, Map<String, Object> sessionOptions, RunOptions runOptions,
			boolean noreply) {
		Map<String, @Nullable Object> optArgs = new LinkedHashMap<>();
		optArgs.put("db", Quire.r.db(database).build());
		sessionOptions.forEach((name, value) -> optArgs.put(name, Quire.r.expr(value).build()));
		runOptions.values().forEach((name, value) -> optArgs.put(name, optArg(name, value)));
		if (noreply) {
			optArgs.put("noreply", true);
		}
		return ReqlJson.write(List.of(QueryType.START.value(), term.build(), optArgs));
	}

	private static @Nullable Object optArg(String name, Object value) {
		if (name.equals("db") && value instanceof String database) {
			return Quire.r.db(database).build();
		}
		return Quire.r.expr(value).build();
	}

	private static byte[] bare(QueryType type) {
		return ("[" + type.value() + "]").getBytes(StandardCharsets.US_ASCII);
	}

}
