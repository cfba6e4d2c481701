package io.quire.spring.boot.autoconfigure.data;

import java.time.Duration;
import java.util.Map;

import io.quire.driver.ClientResources;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.QuireAuthenticationException;
import io.quire.driver.QuirePermissionException;
import io.quire.engine.QuireServer;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.data.city.City;
import io.quire.spring.boot.autoconfigure.data.city.CityRepository;
import io.quire.spring.boot.autoconfigure.health.QuireReactiveHealthContributorAutoConfiguration;
import io.quire.spring.boot.autoconfigure.health.QuireReactiveHealthIndicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An application that connects as a user with only {@code read} and {@code write} on its
 * database: Quire's driver, the repositories and the health check work, and automatic
 * table creation fails at startup with a message naming {@code config}.
 */
class LeastPrivilegeIntegrationTests {

	private QuireServer server;

	private ClientResources resources;

	@BeforeEach
	void start() {
		this.server = QuireServer.builder().port(0).bindAddress("127.0.0.1").inMemory().initialPassword("adm").build();
		this.server.start();
		this.resources = ClientResources.create(1);
		try (Connection admin = connect("admin", "adm")) {
			r.dbCreate("shop").runAtom(admin);
			r.db("rethinkdb").table("users").insert(Map.of("id", "app", "password", "app-pw")).runAtom(admin);
			r.db("shop").grant("app", Map.of("read", true, "write", true)).runAtom(admin);
		}
	}

	@AfterEach
	void stop() {
		this.server.close();
		this.resources.close();
	}

	private Connection connect(String user, String password) {
		ConnectionOptions options = ConnectionOptions.builder()
			.host("127.0.0.1")
			.port(this.server.port())
			.user(user)
			.password(password)
			.database("shop")
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		return ConnectionFactory.create(options, this.resources).connect();
	}

	private ApplicationContextRunner runner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(QuireAutoConfiguration.class, QuireDataAutoConfiguration.class,
					QuireRepositoriesAutoConfiguration.class, QuireReactiveHealthContributorAutoConfiguration.class))
			.withPropertyValues("quire.host=127.0.0.1", "quire.port=" + this.server.port(), "quire.database=shop",
					"quire.username=app", "quire.password=app-pw", "quire.network-timeout=10s")
			.withUserConfiguration(CityPackage.class);
	}

	@Test
	void quireDriverShouldCarryTheServersPermissionAndAuthenticationTexts() {
		try (Connection app = connect("app", "app-pw")) {
			assertThatThrownBy(() -> r.db("shop").tableCreate("more").runAtom(app))
				.isInstanceOf(QuirePermissionException.class)
				.hasMessageStartingWith("User `app` does not have the required `config` permission.");
		}
		assertThatThrownBy(() -> connect("app", "wrong")).isInstanceOf(QuireAuthenticationException.class)
			.hasMessageContaining("Wrong password");
		assertThatThrownBy(() -> connect("ghost", "x")).isInstanceOf(QuireAuthenticationException.class)
			.hasMessageContaining("Unknown user");
	}

	@Test
	void repositoriesAndHealthShouldWorkWithReadAndWriteOnly() {
		try (Connection admin = connect("admin", "adm")) {
			r.db("shop").tableCreate("cities").runAtom(admin);
		}
		runner().run((context) -> {
			assertThat(context).hasNotFailed();
			CityRepository cities = context.getBean(CityRepository.class);
			City saved = cities.save(new City("Lisbon"));
			assertThat(cities.findById(saved.getId())).get().extracting(City::getName).isEqualTo("Lisbon");
			assertThat(cities.count()).isOne();
			assertThat(context.getBean(QuireReactiveHealthIndicator.class).health(true).block().getStatus())
				.isEqualTo(Status.UP);
		});
	}

	@Test
	void automaticTableCreationWithoutConfigShouldFailStartupSayingSo() {
		runner().withPropertyValues("quire.data.auto-index-creation=true").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("Automatic creation of table `shop.cities` needs the `config` permission")
				.hasMessageContaining("User `app` does not have the required `config` permission.");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = City.class)
	static class CityPackage {

	}

}
