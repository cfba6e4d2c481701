package io.quire.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.quire.engine.QueryListener;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queries the early-started engine answers before the context's metrics exist are handed
 * to them once they do, in order, and later ones go straight through.
 */
class EarlyEngineStartTests {

	@Test
	void queriesAnsweredBeforeTheListenerArrivesShouldBeCountedWhenItDoes() {
		EarlyEngineStart.ForwardingQueryListener forwarding = new EarlyEngineStart.ForwardingQueryListener();
		forwarding.onQuery("read", Duration.ofMillis(1), false);
		forwarding.onQuery("write", Duration.ofMillis(2), true);
		Recorded recorded = new Recorded();
		forwarding.delegateTo(recorded);
		forwarding.onQuery("read", Duration.ofMillis(3), false);
		assertThat(recorded.queries).containsExactly("read 1 false", "write 2 true", "read 3 false");
	}

	@Test
	void queriesAfterTheListenerArrivedShouldNotBeCountedTwice() {
		EarlyEngineStart.ForwardingQueryListener forwarding = new EarlyEngineStart.ForwardingQueryListener();
		Recorded first = new Recorded();
		forwarding.onQuery("read", Duration.ofMillis(1), false);
		forwarding.delegateTo(first);
		Recorded second = new Recorded();
		forwarding.delegateTo(second);
		assertThat(first.queries).containsExactly("read 1 false");
		assertThat(second.queries).isEmpty();
	}

	private static final class Recorded implements QueryListener {

		private final List<String> queries = new ArrayList<>();

		@Override
		public void onQuery(String queryKind, Duration latency, boolean failed) {
			this.queries.add(queryKind + " " + latency.toMillis() + " " + failed);
		}

	}

}
