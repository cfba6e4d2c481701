package io.quire.protocol.handshake;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ScramServerTests {

	private final ScramServer server = new ScramServer(Map.of("user", ScramRfc7677Tests.pencil())::get,
			ScramRfc7677Tests.SERVER_NONCE);

	@Test
	void clientFirstWithChannelBindingShouldFailWithCode15() {
		assertRejected("p=tls-server-end-point,,n=user,r=abc", 15, "Channel binding is not supported");
		assertRejected("y,,n=user,r=abc", 15, "Channel binding is not supported");
	}

	@Test
	void clientFirstWithAnExtensionShouldFailWithCode11() {
		assertRejected("n,,m=ext,n=user,r=abc", 11, "Extensions not supported");
	}

	@Test
	void malformedClientFirstShouldFailWithCode10() {
		for (String bad : new String[] { "n,,n=user", "n,,r=abc", "n,,n=user,r=abc,r=abd", "n,,n=user,,r=abc",
				"n,,n=user,r", "n,a=other,n=user,r=abc", "n,,1=x,n=user,r=abc" }) {
			assertRejected(bad, 10, "Invalid encoding");
		}
	}

	@Test
	void badUserNameEscapeShouldFailWithCode18() {
		assertRejected("n,,n=us=2Der,r=abc", 18, "Invalid username encoding");
		assertRejected("n,,n=user=,r=abc", 18, "Invalid username encoding");
	}

	@Test
	void escapedUserNameShouldBeDecoded() {
		this.server.serverFirstMessage("n,,n=a=2Cb=3Dc,r=abc");
		assertThat(this.server.username()).isEqualTo("a,b=c");
	}

	@Test
	void clientFinalWithAnotherNonceShouldFailWithCode20() {
		this.server.serverFirstMessage(ScramRfc7677Tests.CLIENT_FIRST);
		String forged = ScramRfc7677Tests.CLIENT_FINAL.replace("hNlF$k0", "hNlF$k1");
		assertFinalRejected(forged, 20, "Other error");
	}

	@Test
	void clientFinalWithChannelBindingDataShouldFailWithCode10() {
		this.server.serverFirstMessage(ScramRfc7677Tests.CLIENT_FIRST);
		assertFinalRejected(ScramRfc7677Tests.CLIENT_FINAL.replace("c=biws", "c=eSws"), 10, "Invalid encoding");
	}

	@Test
	void clientFinalWithoutProofOrWithABrokenProofShouldFailWithCode10() {
		this.server.serverFirstMessage(ScramRfc7677Tests.CLIENT_FIRST);
		String withoutProof = ScramRfc7677Tests.CLIENT_FINAL.substring(0,
				ScramRfc7677Tests.CLIENT_FINAL.indexOf(",p="));
		assertFinalRejected(withoutProof, 10, "Invalid encoding");
		assertFinalRejected(withoutProof + ",p=AAAA", 10, "Invalid encoding");
		assertFinalRejected(withoutProof + ",p=%%%", 10, "Invalid encoding");
	}

	@Test
	void tamperedProofShouldFailWithCode12() {
		this.server.serverFirstMessage(ScramRfc7677Tests.CLIENT_FIRST);
		assertFinalRejected(ScramRfc7677Tests.CLIENT_FINAL.replace("p=dHzb", "p=dHzc"), 12, "Wrong password");
	}

	@Test
	void messagesShouldComeInOrder() {
		assertThatIllegalStateException()
			.isThrownBy(() -> this.server.serverFinalMessage(ScramRfc7677Tests.CLIENT_FINAL));
		this.server.serverFirstMessage(ScramRfc7677Tests.CLIENT_FIRST);
		assertThatIllegalStateException()
			.isThrownBy(() -> this.server.serverFirstMessage(ScramRfc7677Tests.CLIENT_FIRST));
		this.server.serverFinalMessage(ScramRfc7677Tests.CLIENT_FINAL);
		assertThatIllegalStateException()
			.isThrownBy(() -> this.server.serverFinalMessage(ScramRfc7677Tests.CLIENT_FINAL));
	}

	@Test
	void randomServerNonceShouldExtendTheClientNonce() {
		String serverFirst = new ScramServer((user) -> null).serverFirstMessage("n,,n=x,r=clientpart");
		assertThat(serverFirst).matches("r=clientpart[A-Za-z0-9+/]{24},s=[A-Za-z0-9+/]{22}==,i=4096");
	}

	private void assertRejected(String clientFirst, int code, String message) {
		ScramServer fresh = new ScramServer((user) -> ScramRfc7677Tests.pencil());
		assertThatExceptionOfType(HandshakeException.class).as(clientFirst)
			.isThrownBy(() -> fresh.serverFirstMessage(clientFirst))
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(code));
	}

	private void assertFinalRejected(String clientFinal, int code, String message) {
		assertThatExceptionOfType(HandshakeException.class).as(clientFinal)
			.isThrownBy(() -> this.server.serverFinalMessage(clientFinal))
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.errorCode()).isEqualTo(code));
	}

}
