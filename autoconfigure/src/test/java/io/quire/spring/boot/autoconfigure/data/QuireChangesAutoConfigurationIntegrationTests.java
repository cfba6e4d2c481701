package io.quire.spring.boot.autoconfigure.data;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.quire.data.core.ChangeEvent;
import io.quire.data.core.QuireTemplate;
import io.quire.data.core.ReactiveQuireChanges;
import io.quire.data.core.listener.QuireChangeListener;
import io.quire.driver.ChangeType;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.data.city.City;
import io.quire.spring.boot.autoconfigure.embedded.EmbeddedQuireAutoConfiguration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changefeeds through the auto-configured beans, on the embedded engine. A feed opens
 * asynchronously, so each test inserts cities until the first change arrives.
 */
class QuireChangesAutoConfigurationIntegrationTests {

	private static final int ATTEMPTS = 60;

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(EmbeddedQuireAutoConfiguration.class, QuireAutoConfiguration.class,
				QuireDataAutoConfiguration.class, QuireChangesAutoConfiguration.class))
		.withPropertyValues("quire.embedded.enabled=true", "quire.network-timeout=10s")
		.withUserConfiguration(CityListenerConfiguration.class);

	@Test
	void listenerMethodReceivesAnInsertedEntity() {
		this.runner.run((context) -> {
			QuireTemplate template = context.getBean(QuireTemplate.class);
			CityListener listener = context.getBean(CityListener.class);
			ChangeEvent<City> event = insertUntil(template, () -> poll(listener.events));
			assertThat(event.type()).isEqualTo(ChangeType.ADD);
			assertThat(event.oldEntity()).isNull();
			assertThat(event.newEntity()).isNotNull();
			assertThat(event.newEntity().getName()).startsWith("Lyon ");
			assertThat(event.newEntity().getId()).isNotBlank();
		});
	}

	@Test
	void reactiveChangesEmitAnInsertedEntity() {
		this.runner.withPropertyValues("quire.data.change-listeners.enabled=false").run((context) -> {
			QuireTemplate template = context.getBean(QuireTemplate.class);
			CompletableFuture<ChangeEvent<City>> first = context.getBean(ReactiveQuireChanges.class)
				.changes(City.class)
				.next()
				.toFuture();
			ChangeEvent<City> event = insertUntil(template, () -> poll(first));
			assertThat(event.type()).isEqualTo(ChangeType.ADD);
			assertThat(event.newEntity()).isNotNull();
			assertThat(event.newEntity().getName()).startsWith("Lyon ");
		});
	}

	@Test
	void listenerMethodsAreLeftAloneWhenSwitchedOff() {
		this.runner.withPropertyValues("quire.data.change-listeners.enabled=false").run((context) -> {
			QuireTemplate template = context.getBean(QuireTemplate.class);
			CompletableFuture<ChangeEvent<City>> first = context.getBean(ReactiveQuireChanges.class)
				.changes(City.class)
				.next()
				.toFuture();
			insertUntil(template, () -> poll(first));
			assertThat(context.getBean(CityListener.class).events).isEmpty();
		});
	}

	private static <T> T insertUntil(QuireTemplate template, Supplier<@Nullable T> received) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			template.insert(new City("Lyon " + attempt));
			T result = received.get();
			if (result != null) {
				return result;
			}
		}
		throw new AssertionError("No change arrived after " + ATTEMPTS + " inserts");
	}

	private static <T> @Nullable T poll(BlockingQueue<T> queue) {
		try {
			return queue.poll(500, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	private static <T> @Nullable T poll(CompletableFuture<T> future) {
		try {
			return future.get(500, TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
		catch (ExecutionException ex) {
			throw new AssertionError(ex.getCause());
		}
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = City.class)
	static class CityListenerConfiguration {

		@Bean
		CityListener cityListener() {
			return new CityListener();
		}

	}

	static class CityListener {

		final BlockingQueue<ChangeEvent<City>> events = new LinkedBlockingQueue<>();

		@QuireChangeListener(entity = City.class)
		void onCity(ChangeEvent<City> event) {
			this.events.add(event);
		}

	}

}
