package io.quire.data.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quire.data.core.convert.MappingQuireConverter;
import io.quire.data.core.mapping.QuireMappingContext;
import io.quire.data.core.query.Criteria;
import io.quire.data.core.query.QuireQuery;
import io.quire.data.test.EmbeddedQuire;
import io.quire.data.test.People;
import io.quire.data.test.Person;
import io.quire.data.test.QueryTerms;
import io.quire.protocol.TermType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the template trusts what it knows of a table's indexes: an index created
 * behind its back is read through once the status is asked again, and a table whose
 * indexes are all there is not asked again.
 */
class IndexStatusIntegrationTests {

	private static final QuireQuery GRACE = QuireQuery.query(Criteria.where("email").is("grace@example.com"));

	private static EmbeddedQuire quire;

	private final MutableClock clock = new MutableClock();

	private QuireTemplate template;

	@BeforeAll
	static void startServer() {
		quire = EmbeddedQuire.start();
	}

	@AfterAll
	static void stopServer() {
		quire.close();
	}

	@BeforeEach
	void freshTableAndTemplate() {
		this.template = new QuireTemplate(quire.connectionFactory(),
				new MappingQuireConverter(new QuireMappingContext()), this.clock);
		this.template.dropTable(Person.class);
		this.template.insertAll(People.all());
	}

	@Test
	void indexCreatedElsewhereIsReadThroughAfterTheRecheckInterval() {
		assertThat(readsThroughTheIndex()).isFalse();
		QuireTemplate elsewhere = new QuireTemplate(quire.connectionFactory());
		elsewhere.createTable(Person.class);
		assertThat(readsThroughTheIndex()).isFalse();
		this.clock.advance(IndexStatusCache.RECHECK_INTERVAL.plusSeconds(1));
		assertThat(readsThroughTheIndex()).isTrue();
	}

	@Test
	void tableWithEveryIndexReadyIsNotAskedAgain() {
		this.template.createTable(Person.class);
		assertThat(readsThroughTheIndex()).isTrue();
		this.clock.advance(Duration.ofDays(1));
		quire.connectionFactory().clear();
		this.template.find(GRACE, Person.class);
		assertThat(quire.connectionFactory().queries())
			.noneMatch((query) -> QueryTerms.of(query).types().contains(TermType.INDEX_STATUS));
	}

	private boolean readsThroughTheIndex() {
		assertThat(this.template.find(GRACE, Person.class)).extracting(Person::getFirstname).containsExactly("Grace");
		return QueryTerms.of(quire.connectionFactory().lastQuery()).types().contains(TermType.GET_ALL);
	}

	/** A clock the test moves forward. */
	private static final class MutableClock extends Clock {

		private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("UTC");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
