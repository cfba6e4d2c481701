package io.quire.protocol.handshake;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example exchange of RFC 7677 section 3 (user "user", password "pencil").
 */
class ScramRfc7677Tests {

	static final String CLIENT_NONCE = "rOprNGfwEbeRWgbNEkqO";

	static final String SERVER_NONCE = "%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0";

	static final String CLIENT_FIRST = "n,,n=user,r=rOprNGfwEbeRWgbNEkqO";

	static final String SERVER_FIRST = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
			+ "s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";

	static final String CLIENT_FINAL = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
			+ "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";

	static final String SERVER_FINAL = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

	static ScramCredential pencil() {
		return ScramCredential.fromPassword("pencil", Base64.getDecoder().decode("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
	}

	@Test
	void clientShouldProduceTheRfcMessages() {
		ScramClient client = new ScramClient("user", "pencil", CLIENT_NONCE);
		assertThat(client.clientFirstMessage()).isEqualTo(CLIENT_FIRST);
		assertThat(client.clientFinalMessage(SERVER_FIRST)).isEqualTo(CLIENT_FINAL);
		client.verifyServerFinal(SERVER_FINAL);
	}

	@Test
	void serverShouldProduceTheRfcMessages() {
		ScramServer server = new ScramServer((user) -> "user".equals(user) ? pencil() : null, SERVER_NONCE);
		assertThat(server.serverFirstMessage(CLIENT_FIRST)).isEqualTo(SERVER_FIRST);
		assertThat(server.serverFinalMessage(CLIENT_FINAL)).isEqualTo(SERVER_FINAL);
		assertThat(server.isAuthenticated()).isTrue();
		assertThat(server.username()).isEqualTo("user");
	}

	@Test
	void credentialFromTheSaltedPasswordShouldEqualTheOneFromThePassword() {
		ScramCredential credential = pencil();
		assertThat(credential.iterations()).isEqualTo(4096);
		assertThat(credential.matches("pencil")).isTrue();
		assertThat(credential.matches("pencil2")).isFalse();
		byte[] salted = ScramCrypto.saltedPassword("pencil", credential.salt(), 4096);
		assertThat(ScramCredential.fromSaltedPassword(salted, credential.salt(), 4096)).isEqualTo(credential);
	}

}
