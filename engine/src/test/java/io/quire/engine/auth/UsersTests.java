package io.quire.engine.auth;

import io.quire.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The users store on an in-memory catalog.
 */
class UsersTests {

	private final Engine engine = Engine.inMemory();

	private final Users users = this.engine.users();

	@AfterEach
	void close() {
		this.engine.close();
	}

	@Test
	void adminShouldBeCreatedWithTheInitialPasswordOnlyOnce() {
		assertThat(this.users.createAdminIfAbsent("first")).isTrue();
		assertThat(this.users.createAdminIfAbsent("second")).isFalse();
		assertThat(this.users.credential(Users.ADMIN).matches("first")).isTrue();
		assertThat(this.users.credential(Users.ADMIN).matches("second")).isFalse();
	}

	@Test
	void credentialShouldRoundTripThroughTheCatalog() {
		this.users.setPassword("alice", "wonderland");
		assertThat(new Users(this.engine.catalog()).credential("alice")).isEqualTo(this.users.credential("alice"));
		assertThat(this.users.credential("alice").matches("wonderland")).isTrue();
	}

	@Test
	void unknownUserShouldHaveNoCredential() {
		assertThat(this.users.credential("nobody")).isNull();
	}

	@Test
	void storedValueShouldNotContainThePassword() {
		this.users.setPassword("bob", "hunter2-secret");
		byte[] stored = this.engine.catalog().systemValue("auth/users");
		assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("hunter2-secret");
	}

}
