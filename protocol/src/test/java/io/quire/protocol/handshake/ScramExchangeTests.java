package io.quire.protocol.handshake;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ScramExchangeTests {

	private final Map<String, ScramCredential> users = Map.of("admin", ScramCredential.fromPassword(""), "alice",
			ScramCredential.fromPassword("s3cret", new byte[16], 64), "we=ird,name",
			ScramCredential.fromPassword("pässwörd ∑", new byte[] { 1, 2, 3 }, 16));

	@Test
	void clientAndServerShouldAgreeOnTheRightPassword() {
		ScramServer server = authenticate("alice", "s3cret");
		assertThat(server.isAuthenticated()).isTrue();
		assertThat(server.username()).isEqualTo("alice");
	}

	@Test
	void emptyPasswordShouldAuthenticateTheDefaultAdmin() {
		assertThat(authenticate("admin", "").isAuthenticated()).isTrue();
	}

	@Test
	void userNamesWithCommasAndEqualsSignsShouldBeEscapedAndNonAsciiPasswordsShouldWork() {
		ScramClient client = new ScramClient("we=ird,name", "pässwörd ∑");
		assertThat(client.clientFirstMessage()).startsWith("n,,n=we=3Dird=2Cname,r=");
		assertThat(authenticate("we=ird,name", "pässwörd ∑").username()).isEqualTo("we=ird,name");
	}

	@Test
	void clientNonceShouldBeBase64OfEighteenRandomBytes() {
		String first = new ScramClient("alice", "x").clientFirstMessage();
		String nonce = first.substring(first.indexOf(",r=") + 3);
		assertThat(nonce).hasSize(24).matches("[A-Za-z0-9+/]{24}");
		assertThat(new ScramClient("alice", "x").clientFirstMessage()).isNotEqualTo(first);
	}

	@Test
	void wrongPasswordShouldFailWithCode12() {
		assertThatExceptionOfType(HandshakeException.class).isThrownBy(() -> authenticate("alice", "guess"))
			.withMessage("Wrong password")
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(12))
			.satisfies((ex) -> assertThat(ex.isAuthenticationError()).isTrue());
	}

	@Test
	void unknownUserShouldFailWithCode17OnlyAtTheFinalStep() {
		ScramClient client = new ScramClient("mallory", "x");
		ScramServer server = new ScramServer(this.users::get);
		String serverFirst = server.serverFirstMessage(client.clientFirstMessage());
		assertThat(serverFirst).contains(",s=").endsWith(",i=4096");
		String clientFinal = client.clientFinalMessage(serverFirst);
		assertThatExceptionOfType(HandshakeException.class).isThrownBy(() -> server.serverFinalMessage(clientFinal))
			.withMessage("Unknown user")
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(17));
		assertThat(server.isAuthenticated()).isFalse();
	}

	@Test
	void unknownUserShouldGetTheSameMadeUpSaltOnEveryConnection() {
		assertThat(saltFor("mallory")).isEqualTo(saltFor("mallory")).isNotEqualTo(saltFor("eve"));
	}

	@Test
	void clientShouldRejectABadServerSignature() {
		ScramClient client = new ScramClient("alice", "s3cret");
		ScramServer impostor = new ScramServer((user) -> ScramCredential.fromPassword("s3cret", new byte[16], 64));
		client.clientFinalMessage(impostor.serverFirstMessage(client.clientFirstMessage()));
		assertThatExceptionOfType(HandshakeException.class)
			.isThrownBy(() -> client.verifyServerFinal("v=" + "A".repeat(43) + "="))
			.withMessage("Invalid server signature")
			.satisfies((ex) -> assertThat(ex.isAuthenticationError()).isTrue());
	}

	@Test
	void serverThatKnowsAnotherPasswordShouldRejectTheProof() {
		ScramClient client = new ScramClient("alice", "s3cret");
		ScramServer server = new ScramServer((user) -> ScramCredential.fromPassword("other", new byte[16], 64));
		String clientFinal = client.clientFinalMessage(server.serverFirstMessage(client.clientFirstMessage()));
		assertThat(clientFinal).startsWith("c=biws,r=");
		assertThatExceptionOfType(HandshakeException.class).isThrownBy(() -> server.serverFinalMessage(clientFinal))
			.withMessage("Wrong password");
	}

	@Test
	void clientShouldRejectAServerNonceThatDoesNotExtendItsOwn() {
		ScramClient client = new ScramClient("alice", "s3cret", "abc");
		assertThatExceptionOfType(HandshakeException.class)
			.isThrownBy(() -> client.clientFinalMessage("r=xyzdef,s=AAAA,i=4096"))
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(20));
		assertThatExceptionOfType(HandshakeException.class)
			.isThrownBy(() -> client.clientFinalMessage("r=abc,s=AAAA,i=4096"));
	}

	@Test
	void clientShouldReportAServerError() {
		ScramClient client = new ScramClient("alice", "s3cret", "abc");
		assertThatExceptionOfType(HandshakeException.class).isThrownBy(() -> client.clientFinalMessage("e=other-error"))
			.withMessageContaining("other-error");
	}

	@Test
	void clientShouldRejectMalformedServerFirstMessages() {
		for (String bad : new String[] { "r=abcd,s=AAAA", "r=abcd,i=1", "r=abcd,s=AAAA,i=x", "r=abcd,s=AAAA,i=0",
				"r=abcd,s=!!,i=1", "garbage" }) {
			ScramClient client = new ScramClient("alice", "s3cret", "abc");
			assertThatExceptionOfType(HandshakeException.class).as(bad)
				.isThrownBy(() -> client.clientFinalMessage(bad))
				.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(10));
		}
	}

	@Test
	void clientShouldRefuseAnExcessiveIterationCount() {
		ScramClient client = new ScramClient("alice", "s3cret", "abc");
		assertThatExceptionOfType(HandshakeException.class)
			.isThrownBy(() -> client.clientFinalMessage("r=abcdef,s=AAAA,i=2147483647"))
			.withMessageContaining("2147483647 iterations");
	}

	@Test
	void verifyServerFinalShouldNeedTheClientFinalMessageFirst() {
		assertThatIllegalStateException().isThrownBy(() -> new ScramClient("a", "b").verifyServerFinal("v=AAAA"));
	}

	@Test
	void saltedPasswordShouldBePbkdf2OfTheUtf8Password() throws Exception {
		byte[] salt = { 9, 8, 7 };
		byte[] expected = pbkdf2OneBlock("pässwörd ∑".getBytes(StandardCharsets.UTF_8), salt, 3);
		assertThat(ScramCrypto.saltedPassword("pässwörd ∑", salt, 3)).isEqualTo(expected);
	}

	private ScramServer authenticate(String user, String password) {
		ScramClient client = new ScramClient(user, password);
		ScramServer server = new ScramServer(this.users::get);
		String serverFirst = server.serverFirstMessage(client.clientFirstMessage());
		String serverFinal = server.serverFinalMessage(client.clientFinalMessage(serverFirst));
		client.verifyServerFinal(serverFinal);
		return server;
	}

	private String saltFor(String user) {
		String serverFirst = new ScramServer(this.users::get).serverFirstMessage("n,,n=" + user + ",r=abc");
		return serverFirst.substring(serverFirst.indexOf(",s="), serverFirst.indexOf(",i="));
	}

	private static byte[] pbkdf2OneBlock(byte[] password, byte[] salt, int iterations) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(password, "HmacSHA256"));
		mac.update(salt);
		byte[] u = mac.doFinal(new byte[] { 0, 0, 0, 1 });
		byte[] result = u.clone();
		for (int i = 1; i < iterations; i++) {
			u = mac.doFinal(u);
			for (int j = 0; j < result.length; j++) {
				result[j] ^= u[j];
			}
		}
		return result;
	}

}
