package io.quire.bench;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Body sizes of a point read on the RethinkDB wire: the query
 * {@code r.db("ycsb").table("usertable").get("user12345")} and its answer holding one
 * document. The echo baseline sends frames of these sizes.
 */
final class FrameSizes {

	private static final JsonMapper json = JsonMapper.builder().build();

	/** Body bytes of the get query. */
	static final int GET_REQUEST = json.writeValueAsBytes(List.of(1,
			List.of(16, List.of(List.of(15, List.of(List.of(14, List.of("ycsb")), "usertable")), "user12345")),
			Map.of())).length;

	/** Body bytes of the answer: a SUCCESS_ATOM with one document. */
	static final int GET_RESPONSE = json
		.writeValueAsBytes(Map.of("t", 1, "r", List.of(Documents.document("id", "user12345")))).length;

	private FrameSizes() {
	}

}
