package io.quire.protocol.handshake;

import io.quire.protocol.Version;
import io.quire.protocol.handshake.HandshakeMessages.ClientFirst;
import io.quire.protocol.handshake.HandshakeMessages.ServerHello;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HandshakeMessagesTests {

	@Test
	void serverHelloShouldHaveSortedKeysAndIntegerVersions() {
		assertThat(HandshakeMessages.serverHello("2.4.4", null)).isEqualTo(
				"{\"max_protocol_version\":0,\"min_protocol_version\":0,\"server_version\":\"2.4.4\",\"success\":true}");
	}

	@Test
	void serverHelloShouldCarryTheRoleAndWhetherWritesAreRefusedWhenKnown() {
		assertThat(HandshakeMessages.serverHello("2.4.4-quire", "standby"))
			.isEqualTo("{\"max_protocol_version\":0,\"min_protocol_version\":0,\"read_only\":true,"
					+ "\"role\":\"standby\",\"server_version\":\"2.4.4-quire\",\"success\":true}");
		assertThat(HandshakeMessages.serverHello("2.4.4-quire", "primary")).contains("\"read_only\":false")
			.contains("\"role\":\"primary\"");
		assertThat(HandshakeMessages.parseServerHello(HandshakeMessages.serverHello("2.4.4-quire", "standby")))
			.isEqualTo(new ServerHello(0, 0, "2.4.4-quire"));
	}

	@Test
	void parseServerHelloShouldReadTheVersions() {
		ServerHello hello = HandshakeMessages.parseServerHello(HandshakeMessages.serverHello("2.4.4-quire", null));
		assertThat(hello).isEqualTo(new ServerHello(0, 0, "2.4.4-quire"));
		assertThat(hello.supports(HandshakeMessages.PROTOCOL_VERSION)).isTrue();
		assertThat(hello.supports(1)).isFalse();
		assertThat(HandshakeMessages
			.parseServerHello("{\"max_protocol_version\":0.0,\"min_protocol_version\":0,\"success\":true}")
			.serverVersion()).isEmpty();
	}

	@Test
	void parseServerHelloShouldReportThePlainTextErrorOfAnOldServer() {
		String reply = Version.UNSUPPORTED_PROTOCOL_ERROR;
		assertThatExceptionOfType(HandshakeException.class).isThrownBy(() -> HandshakeMessages.parseServerHello(reply))
			.withMessage(reply.strip())
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(HandshakeException.PROTOCOL_ERROR))
			.satisfies((ex) -> assertThat(ex.isAuthenticationError()).isFalse());
	}

	@Test
	void parseServerHelloShouldRejectAHelloWithoutVersions() {
		assertThatExceptionOfType(HandshakeException.class)
			.isThrownBy(() -> HandshakeMessages.parseServerHello("{\"success\":true}"))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(HandshakeException.PROTOCOL_ERROR));
	}

	@Test
	void clientFirstShouldBeWhatTheOfficialDriversSend() {
		assertThat(HandshakeMessages.clientFirst("n,,n=admin,r=abc", null)).isEqualTo(
				"{\"protocol_version\":0,\"authentication_method\":\"SCRAM-SHA-256\",\"authentication\":\"n,,n=admin,r=abc\"}");
	}

	@Test
	void clientFirstShouldCarryTheApplicationName() {
		String json = HandshakeMessages.clientFirst("n,,n=admin,r=abc", "billing \"api\"");
		assertThat(json).endsWith(",\"application_name\":\"billing \\\"api\\\"\"}");
		assertThat(HandshakeMessages.parseClientFirst(json))
			.isEqualTo(new ClientFirst("n,,n=admin,r=abc", "billing \"api\""));
	}

	@Test
	void parseClientFirstShouldAcceptTheOfficialDriversMessage() {
		ClientFirst first = HandshakeMessages.parseClientFirst(
				"{\"protocol_version\":0,\"authentication_method\":\"SCRAM-SHA-256\",\"authentication\":\"n,,n=a,r=b\"}");
		assertThat(first).isEqualTo(new ClientFirst("n,,n=a,r=b", null));
	}

	@Test
	void parseClientFirstShouldIgnoreAnApplicationNameThatIsNotAString() {
		ClientFirst first = HandshakeMessages.parseClientFirst("{\"protocol_version\":0,"
				+ "\"authentication_method\":\"SCRAM-SHA-256\",\"authentication\":\"n,,n=a,r=b\",\"application_name\":7}");
		assertThat(first.applicationName()).isNull();
	}

	@Test
	void parseClientFirstShouldFailWithRethinkDbsCodes() {
		assertClientFirstRejected("{\"authentication_method\":\"SCRAM-SHA-256\",\"authentication\":\"x\"}", 1,
				"Expected a number for `protocol_version`.");
		assertClientFirstRejected("{\"protocol_version\":\"0\"}", 1, "Expected a number for `protocol_version`.");
		assertClientFirstRejected("{\"protocol_version\":1}", 2, "Unsupported `protocol_version`.");
		assertClientFirstRejected("{\"protocol_version\":0}", 3, "Expected a string for `authentication_method`.");
		assertClientFirstRejected("{\"protocol_version\":0,\"authentication_method\":\"PLAIN\"}", 4,
				"Unsupported `authentication_method`.");
		assertClientFirstRejected("{\"protocol_version\":0,\"authentication_method\":\"SCRAM-SHA-256\"}", 5,
				"Expected a string for `authentication`.");
		assertClientFirstRejected("{\"protocol_version\":0,", 8, "Invalid JSON object.");
		assertClientFirstRejected("[0]", 8, "Invalid JSON object.");
	}

	@Test
	void clientFinalShouldRoundTrip() {
		String json = HandshakeMessages.clientFinal("c=biws,r=abc,p=xyz");
		assertThat(json).isEqualTo("{\"authentication\":\"c=biws,r=abc,p=xyz\"}");
		assertThat(HandshakeMessages.parseClientFinal(json)).isEqualTo("c=biws,r=abc,p=xyz");
	}

	@Test
	void parseClientFinalShouldFailWithRethinkDbsCodes() {
		assertThatExceptionOfType(HandshakeException.class)
			.isThrownBy(() -> HandshakeMessages.parseClientFinal("{\"authentication\":1}"))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(5));
		assertThatExceptionOfType(HandshakeException.class).isThrownBy(() -> HandshakeMessages.parseClientFinal("nope"))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(8));
	}

	@Test
	void serverAuthenticationShouldRoundTrip() {
		String json = HandshakeMessages.serverAuthentication("v=abc=");
		assertThat(json).isEqualTo("{\"authentication\":\"v=abc=\",\"success\":true}");
		assertThat(HandshakeMessages.parseServerAuthentication(json)).isEqualTo("v=abc=");
	}

	@Test
	void errorReplyShouldHaveSortedKeys() {
		assertThat(HandshakeMessages.error(new HandshakeException(12, "Wrong password")))
			.isEqualTo("{\"error\":\"Wrong password\",\"error_code\":12,\"success\":false}");
	}

	@Test
	void parsingAnErrorReplyShouldThrowTheServersCodeAndMessage() {
		String reply = HandshakeMessages.error(17, "Unknown user");
		assertThatExceptionOfType(HandshakeException.class)
			.isThrownBy(() -> HandshakeMessages.parseServerAuthentication(reply))
			.withMessage("Unknown user")
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(17))
			.satisfies((ex) -> assertThat(ex.isAuthenticationError()).isTrue());
		assertThatExceptionOfType(HandshakeException.class).isThrownBy(() -> HandshakeMessages.parseServerHello(reply))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(17));
	}

	@Test
	void onlyCodesTenToTwentyShouldBeAuthenticationErrors() {
		assertThat(new HandshakeException(9, "x").isAuthenticationError()).isFalse();
		assertThat(new HandshakeException(10, "x").isAuthenticationError()).isTrue();
		assertThat(new HandshakeException(20, "x").isAuthenticationError()).isTrue();
		assertThat(new HandshakeException(21, "x").isAuthenticationError()).isFalse();
	}

	@Test
	void fullExchangeShouldWorkThroughTheJsonMessages() {
		ScramClient client = new ScramClient("admin", "");
		ScramServer server = new ScramServer((user) -> ScramCredential.fromPassword("", new byte[16], 32));
		ClientFirst first = HandshakeMessages
			.parseClientFirst(HandshakeMessages.clientFirst(client.clientFirstMessage(), "app"));
		String serverFirst = HandshakeMessages.serverAuthentication(server.serverFirstMessage(first.authentication()));
		String clientFinal = HandshakeMessages
			.clientFinal(client.clientFinalMessage(HandshakeMessages.parseServerAuthentication(serverFirst)));
		String serverFinal = HandshakeMessages
			.serverAuthentication(server.serverFinalMessage(HandshakeMessages.parseClientFinal(clientFinal)));
		client.verifyServerFinal(HandshakeMessages.parseServerAuthentication(serverFinal));
		assertThat(server.isAuthenticated()).isTrue();
		assertThat(first.applicationName()).isEqualTo("app");
	}

	private static void assertClientFirstRejected(String json, int code, String message) {
		assertThatExceptionOfType(HandshakeException.class).as(json)
			.isThrownBy(() -> HandshakeMessages.parseClientFirst(json))
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(code));
	}

}
