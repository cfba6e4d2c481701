package io.quire.engine.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.rethinkdb.RethinkDB;
import com.rethinkdb.gen.ast.ReqlExpr;
import com.rethinkdb.gen.exc.ReqlNonExistenceError;
import com.rethinkdb.gen.exc.ReqlQueryLogicError;
import com.rethinkdb.net.Connection;
import io.quire.engine.QuireServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code r.http} through the official RethinkDB Java driver against a Quire server, both
 * on loopback with {@link TestHttpServer}.
 */
@SuppressWarnings("unchecked")
class HttpIntegrationTests {

	private static final RethinkDB r = RethinkDB.r;

	private TestHttpServer web;

	private QuireServer server;

	private Connection connection;

	@BeforeEach
	void start() throws IOException {
		this.web = new TestHttpServer();
		this.server = QuireServer.builder().port(0).inMemory().build();
		this.server.start();
		this.connection = r.connection().hostname("127.0.0.1").port(this.server.port()).connect();
	}

	@AfterEach
	void stop() {
		this.connection.close(false);
		this.server.close();
		this.web.close();
	}

	private Map<String, Object> map(ReqlExpr query) {
		return query.runAtom(this.connection, Map.class);
	}

	private String failure(Class<? extends Throwable> type, ReqlExpr query) {
		String[] message = new String[1];
		assertThatExceptionOfType(type).isThrownBy(() -> query.run(this.connection))
			.satisfies((ex) -> message[0] = ex.getMessage());
		return message[0];
	}

	@Test
	void getShouldParseJsonAndIdentifyAsRethinkDb() {
		Map<String, Object> echo = map(r.http(this.web.url("/echo")));
		Map<String, Object> headers = (Map<String, Object>) echo.get("headers");
		assertThat(echo).containsEntry("method", "GET");
		assertThat((String) headers.get("user-agent")).startsWith("RethinkDB/");
		assertThat(headers).containsKey("accept-encoding");
	}

	@Test
	void paramsShouldBeEncodedAndAppended() {
		Map<String, Object> echo = map(r.http(this.web.url("/echo?dummy=true"))
			.optArg("params", r.hashMap("fake", 123).with("things", "st uff+").with("nil", null)));
		assertThat(echo).containsEntry("query", "dummy=true&fake=123&nil=&things=st%20uff%2B");
	}

	@Test
	void headerLinesShouldBeSentFromAnObjectOrAnArray() {
		Map<String, Object> fromObject = map(r.http(this.web.url("/echo"))
			.optArg("header", r.hashMap("Test", "entry").with("Accept-Encoding", "override")));
		assertThat((Map<String, Object>) fromObject.get("headers")).containsEntry("test", "entry")
			.containsEntry("accept-encoding", "override");
		Map<String, Object> fromArray = map(r.http(this.web.url("/echo")).optArg("header", r.array("Test: line")));
		assertThat((Map<String, Object>) fromArray.get("headers")).containsEntry("test", "line");
	}

	@Test
	void dataShouldBeAFormForPostAndJsonForPut() {
		Map<String, Object> post = map(r.http(this.web.url("/echo"))
			.optArg("method", "POST")
			.optArg("data", r.hashMap("str", "%in fo+").with("number", 135.5).with("nil", null)));
		assertThat(post).containsEntry("body", "nil=&number=135.5&str=%25in%20fo%2B");
		assertThat((Map<String, Object>) post.get("headers")).containsEntry("content-type",
				"application/x-www-form-urlencoded");
		Map<String, Object> put = map(
				r.http(this.web.url("/echo")).optArg("method", "PUT").optArg("data", r.hashMap("a", r.array(1, "b"))));
		assertThat(put).containsEntry("body", "{\"a\":[1,\"b\"]}");
		assertThat((Map<String, Object>) put.get("headers")).containsEntry("content-type", "application/json");
		Map<String, Object> delete = map(
				r.http(this.web.url("/echo")).optArg("method", "DELETE").optArg("data", "raw"));
		assertThat(delete).containsEntry("method", "DELETE").containsEntry("body", "raw");
	}

	@Test
	void headShouldGiveNull() {
		assertThat(r.http(this.web.url("/echo")).optArg("method", "HEAD").runAtom(this.connection, Object.class))
			.isNull();
	}

	@Test
	void redirectsShouldBeFollowedUpToTheLimit() {
		String url = this.web.url("/redirect/2");
		assertThat(failure(ReqlNonExistenceError.class, r.http(url).optArg("redirects", 0)))
			.startsWith("Error in HTTP GET of `" + url + "`: status code 302.\nheader:\n");
		assertThat(failure(ReqlNonExistenceError.class, r.http(url).optArg("redirects", 1)))
			.isEqualTo("Error in HTTP GET of `" + url + "`: Number of redirects hit maximum amount.");
		assertThat(map(r.http(url).optArg("redirects", 2))).containsEntry("method", "GET");
	}

	@Test
	void gzipBodiesShouldBeDecoded() {
		assertThat(map(r.http(this.web.url("/gzip")))).containsEntry("gzipped", true);
	}

	@Test
	void resultFormatsShouldFollowTheOptargOrTheContentType() {
		assertThat(r.http(this.web.url("/text")).runAtom(this.connection, String.class)).isEqualTo("hello");
		assertThat(map(r.http(this.web.url("/jsonp")))).containsEntry("a", 1L);
		assertThat(map(r.http(this.web.url("/jsonp")).optArg("result_format", "jsonp"))).containsEntry("a", 1L);
		assertThat(r.http(this.web.url("/echo")).optArg("result_format", "text").runAtom(this.connection, String.class))
			.startsWith("{");
		List<Object> image = r.http(this.web.url("/image"))
			.do_((body) -> r.array(body.typeOf(), body.count()))
			.runAtom(this.connection, List.class);
		assertThat(image).containsExactly("PTYPE<BINARY>", 4L);
		String html = this.web.url("/html");
		assertThat(failure(ReqlNonExistenceError.class, r.http(html).optArg("result_format", "json")))
			.startsWith("Error in HTTP GET of `" + html + "`: failed to parse JSON response: Invalid value..");
	}

	@Test
	void basicAuthShouldBeSentWithTheRequest() {
		String url = this.web.url("/basic");
		assertThat(map(r.http(url).optArg("auth", r.hashMap("user", "azure").with("pass", "hunter2"))))
			.containsEntry("authenticated", true);
		assertThat(failure(ReqlNonExistenceError.class,
				r.http(url).optArg("auth", r.hashMap("type", "basic").with("user", "azure").with("pass", "wrong"))))
			.startsWith("Error in HTTP GET of `" + url + "`: status code 401.");
	}

	@Test
	void digestAuthShouldAnswerTheChallenge() {
		String url = this.web.url("/digest");
		assertThat(map(
				r.http(url).optArg("auth", r.hashMap("type", "digest").with("user", "azure").with("pass", "hunter2"))))
			.containsEntry("authenticated", true);
		assertThat(failure(ReqlNonExistenceError.class,
				r.http(url).optArg("auth", r.hashMap("type", "digest").with("user", "azure").with("pass", "wrong"))))
			.startsWith("Error in HTTP GET of `" + url + "`: status code 401.");
	}

	@Test
	void temporaryFailuresShouldBeRetriedWithinTheAttempts() {
		String url = this.web.url("/flaky");
		assertThat(failure(ReqlNonExistenceError.class, r.http(url).optArg("attempts", 1)))
			.startsWith("Error in HTTP GET of `" + url + "`: status code 503.");
		assertThat(map(r.http(url).optArg("attempts", 2))).containsEntry("ok", true);
	}

	@Test
	void aSlowServerShouldFailAtTheTimeout() {
		String url = this.web.url("/slow");
		assertThat(failure(ReqlNonExistenceError.class, r.http(url).optArg("timeout", 0.3)))
			.isEqualTo("Error in HTTP GET of `" + url + "`: timed out after 0.300 seconds.");
	}

	@Test
	void failuresShouldBeNonExistenceErrorsThatDefaultCatches() {
		assertThat(failure(ReqlNonExistenceError.class, r.http("file:///etc/passwd")))
			.isEqualTo("Error in HTTP GET of `file:///etc/passwd`: Unsupported protocol.");
		assertThat(r.http(this.web.url("/status/404")).default_("fallback").runAtom(this.connection, String.class))
			.isEqualTo("fallback");
		assertThat(failure(ReqlNonExistenceError.class, r.http("http://127.0.0.1:1/").optArg("attempts", 1)))
			.isEqualTo("Error in HTTP GET of `http://127.0.0.1:1/`: could not connect to server.");
	}

	@Test
	void pagesShouldBeFollowedByLinkNextOrAFunction() {
		String url = this.web.url("/pages");
		List<Object> linked = r.http(url)
			.optArg("page", "link-next")
			.optArg("page_limit", -1)
			.coerceTo("array")
			.runAtom(this.connection, List.class);
		assertThat(linked).containsExactly(0L, 1L, 10L, 11L, 20L, 21L);
		List<Object> limited = r.http(url)
			.optArg("page", "link-next")
			.optArg("page_limit", 2)
			.coerceTo("array")
			.runAtom(this.connection, List.class);
		assertThat(limited).containsExactly(0L, 1L, 10L, 11L);
		List<Object> byParams = r.http(url)
			.optArg("params", r.hashMap("page", 0))
			.optArg("page",
					(com.rethinkdb.gen.ast.ReqlFunction1) (info) -> r.branch(info.g("body").nth(0).lt(10),
							r.hashMap("params", r.hashMap("page", info.g("params").g("page").add(1))), null))
			.optArg("page_limit", 5)
			.coerceTo("array")
			.runAtom(this.connection, List.class);
		assertThat(byParams).containsExactly(0L, 1L, 10L, 11L);
	}

	@Test
	void badOptargsShouldFailWithRethinkDbsMessages() {
		String url = this.web.url("/echo");
		assertThat(failure(ReqlQueryLogicError.class, r.http(url).optArg("method", "FOO")))
			.startsWith("`method` (FOO) is not recognized (GET, HEAD, POST, PUT, PATCH and DELETE are allowed).");
		assertThat(failure(ReqlQueryLogicError.class, r.http(url).optArg("data", "x")))
			.startsWith("`data` should only be specified on a PUT, POST, PATCH, or DELETE request.");
		assertThat(failure(ReqlQueryLogicError.class, r.http(url).optArg("result_format", "xml")))
			.startsWith("`result_format` (xml) is not recognized");
		assertThat(failure(ReqlQueryLogicError.class, r.http(url).optArg("page", "link-next")))
			.startsWith("Cannot use `page` without specifying `page_limit`");
		assertThat(failure(ReqlQueryLogicError.class, r.http(url).optArg("header", r.array("a: b\nc: d"))))
			.startsWith("A `header` item contains newline characters.");
		assertThat(failure(ReqlQueryLogicError.class, r.http(url).optArg("auth", r.hashMap("user", "u"))))
			.startsWith("`auth.pass` not found in the auth object.");
		assertThat(failure(ReqlQueryLogicError.class, r.http(url).optArg("timeout", -1)))
			.startsWith("`timeout` may not be negative.");
	}

}
