package io.quire.spring.boot.autoconfigure.observation;

import java.util.Map;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import io.quire.driver.Connection;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.QuireException;
import io.quire.engine.QuireServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static io.quire.driver.Quire.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ObservationQueryListener} on connections to an embedded server, checked with
 * Micrometer's test registry and its simple tracer.
 */
class ObservationQueryListenerIntegrationTests {

	private static QuireServer server;

	@BeforeAll
	static void startServer() {
		server = QuireServer.builder().port(0).bindAddress("127.0.0.1").inMemory().build();
		server.start();
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	private static Connection connect(ObservationRegistry registry,
			@Nullable QuireQueryObservationConvention convention) {
		ConnectionOptions options = ConnectionOptions.builder()
			.host("127.0.0.1")
			.port(server.port())
			.addQueryListener(new ObservationQueryListener(registry, convention))
			.build();
		return ConnectionFactory.create(options).connect();
	}

	@Test
	void everyQueryShouldBeAQuireQueryObservationWithItsKeys() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		try (Connection connection = connect(registry, null)) {
			r.dbCreate("shop").runAtom(connection);
			r.db("shop").tableCreate("people").runAtom(connection);
			r.db("shop").table("people").insert(Map.of("email", "ada@example.com")).runAtom(connection);
		}
		assertThat(registry).hasNumberOfObservationsWithNameEqualTo("quire.query", 3)
			.hasAnObservation((observation) -> observation.hasContextualNameEqualTo("write shop.people")
				.hasLowCardinalityKeyValue("quire.database", "shop")
				.hasLowCardinalityKeyValue("quire.table", "people")
				.hasLowCardinalityKeyValue("quire.query.kind", "write")
				.hasLowCardinalityKeyValue("outcome", "SUCCESS")
				.hasLowCardinalityKeyValue("server.address", "127.0.0.1")
				.hasLowCardinalityKeyValue("server.port", String.valueOf(server.port()))
				.hasHighCardinalityKeyValue("quire.query.shape", "insert(table(db(?), ?), {email: ?})"))
			.hasAnObservation((observation) -> observation.hasContextualNameEqualTo("admin shop")
				.hasLowCardinalityKeyValue("quire.table", "none"));
	}

	@Test
	void failedQueryShouldBeAnErrorOutcome() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		try (Connection connection = connect(registry, null)) {
			assertThatExceptionOfType(QuireException.class)
				.isThrownBy(() -> r.db("nowhere").table("missing").runAtom(connection));
		}
		assertThat(registry).hasSingleObservationThat()
			.hasBeenStarted()
			.hasBeenStopped()
			.hasLowCardinalityKeyValue("outcome", "ERROR")
			.hasLowCardinalityKeyValue("quire.query.kind", "read")
			.assertThatError()
			.isInstanceOf(QuireException.class);
	}

	@Test
	void conventionBeanShouldReplaceTheDefaultKeys() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		QuireQueryObservationConvention convention = new DefaultQuireQueryObservationConvention() {
			@Override
			public KeyValues getLowCardinalityKeyValues(QuireQueryObservationContext context) {
				return super.getLowCardinalityKeyValues(context).and("team", "billing");
			}
		};
		try (Connection connection = connect(registry, convention)) {
			r.expr(1).runAtom(connection);
		}
		assertThat(registry).hasSingleObservationThat().hasLowCardinalityKeyValue("team", "billing");
	}

	@Test
	void queryShouldBeAClientSpanUnderTheCurrentObservationWithoutItsValues() {
		SimpleTracer tracer = new SimpleTracer();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig()
			.observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
					new PropagatingSenderTracingObservationHandler<>(tracer, Propagator.NOOP),
					new DefaultTracingObservationHandler(tracer)));
		Observation request = Observation.start("request", registry);
		try (Connection connection = connect(registry, null)) {
			request.scoped(() -> r.expr("secret-value").eq("other-secret").runAtom(connection));
		}
		request.stop();
		SimpleSpan query = tracer.getSpans()
			.stream()
			.filter((span) -> span.getName().equals("read test"))
			.findFirst()
			.orElseThrow();
		SimpleSpan parent = tracer.getSpans()
			.stream()
			.filter((span) -> span.getName().equals("request"))
			.findFirst()
			.orElseThrow();
		assertThat(query.getParentId()).isEqualTo(parent.context().spanId());
		assertThat(query.getTags()).containsEntry("quire.query.shape", "eq(?, ?)")
			.containsEntry("quire.database", "test");
		assertThat(query.getTags().values()).noneMatch((value) -> value.contains("secret"));
		assertThat(query.getRemoteServiceName()).isEqualTo("quire");
		assertThat(query.getRemoteIp()).isEqualTo("127.0.0.1");
		assertThat(query.getRemotePort()).isEqualTo(server.port());
		assertThat(query.getKind()).isEqualTo(Span.Kind.CLIENT);
	}

}
