package io.quire.engine.auth;

import java.util.Map;

import io.quire.engine.Engine;
import io.quire.engine.QueryException;
import io.quire.engine.catalog.Durability;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public permission check, {@code engine.auth()}, on an in-memory engine.
 */
class AuthorizerTests {

	private final Engine engine = Engine.inMemory();

	private final Authorizer auth = this.engine.auth();

	private Scope shop;

	private Scope orders;

	@BeforeEach
	void setUp() {
		this.engine.catalog().createDatabase("shop");
		this.engine.catalog().createTable("shop", "orders", "id", Durability.HARD);
		this.engine.users().setPassword("app", "pw");
		this.shop = Scope.database(this.auth.databaseId("shop"));
		this.orders = Scope.table(this.auth.databaseId("shop"), this.auth.tableId("shop", "orders"));
	}

	@AfterEach
	void close() {
		this.engine.close();
	}

	private void grant(Scope scope, Map<String, Object> permissions) {
		this.engine.users().updatePermissions("app", scope, (p) -> p.merge(permissions, scope.isGlobal()));
	}

	@Test
	void adminShouldHoldEveryPermissionEverywhere() {
		for (Permission permission : Permission.values()) {
			assertThat(this.auth.allowed("admin", permission, "rethinkdb", "users")).isTrue();
		}
	}

	@Test
	void unknownUserAndUserWithoutGrantsShouldHoldNothing() {
		assertThat(this.auth.allowed("ghost", Permission.READ, "shop", "orders")).isFalse();
		assertThat(this.auth.allowed("app", Permission.READ, "shop", "orders")).isFalse();
	}

	@Test
	void tableShouldWinOverDatabaseWhichWinsOverGlobal() {
		grant(Scope.GLOBAL, Map.of("read", true));
		assertThat(this.auth.allowed("app", Permission.READ, "shop", "orders")).isTrue();
		grant(this.shop, Map.of("read", false));
		assertThat(this.auth.allowed("app", Permission.READ, "shop", "orders")).isFalse();
		assertThat(this.auth.allowed("app", Permission.READ, "shop", null)).isFalse();
		grant(this.orders, Map.of("read", true));
		assertThat(this.auth.allowed("app", Permission.READ, "shop", "orders")).isTrue();
	}

	@Test
	void writeShouldNeedReadToo() {
		grant(this.shop, Map.of("write", true));
		assertThat(this.auth.allowed("app", Permission.WRITE, "shop", "orders")).isFalse();
		grant(this.orders, Map.of("read", true));
		assertThat(this.auth.allowed("app", Permission.WRITE, "shop", "orders")).isTrue();
	}

	@Test
	void systemDatabaseShouldNotInheritTheGlobalScope() {
		grant(Scope.GLOBAL, Map.of("read", true, "config", true));
		assertThat(this.auth.allowed("app", Permission.READ, "rethinkdb", "users")).isFalse();
		grant(Scope.database(Scope.SYSTEM_DATABASE_ID), Map.of("read", true));
		assertThat(this.auth.allowed("app", Permission.READ, "rethinkdb", "users")).isTrue();
	}

	@Test
	void connectShouldOnlyComeFromTheGlobalScope() {
		assertThat(this.auth.allowed("app", Permission.CONNECT, null, null)).isFalse();
		grant(Scope.GLOBAL, Map.of("connect", true));
		assertThat(this.auth.allowed("app", Permission.CONNECT, "shop", "orders")).isTrue();
		assertThatThrownBy(() -> grant(this.shop, Map.of("connect", true))).isInstanceOf(QueryException.class)
			.hasMessage("The `connect` permission is only valid at the global scope.");
	}

	@Test
	void checkShouldThrowRethinkDbsPermissionError() {
		assertThatThrownBy(() -> this.auth.check("app", Permission.CONFIG, "shop", null))
			.isInstanceOfSatisfying(QueryException.class,
					(ex) -> assertThat(ex.errorType()).isEqualTo(ErrorType.PERMISSION_ERROR))
			.hasMessage("User `app` does not have the required `config` permission.");
	}

	@Test
	void grantsShouldSurviveReopeningTheUsers() {
		grant(this.orders, Map.of("read", true));
		Users reopened = new Users(this.engine.catalog());
		assertThat(reopened.account("app").permissions(this.orders)).isEqualTo(new Permissions(true, null, null, null));
		assertThat(reopened.account("app").credential().matches("pw")).isTrue();
	}

}
