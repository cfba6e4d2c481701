package io.quire.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a fatal error does to the server process, with the exit replaced by a recorder.
 */
class FatalErrorExitTests {

	private final List<String> ends = new CopyOnWriteArrayList<>();

	private final FatalErrorExit exit = new FatalErrorExit(new FatalErrorExit.Exiter() {

		@Override
		public void exit(int status) {
			FatalErrorExitTests.this.ends.add("exit " + status);
		}

		@Override
		public void halt(int status) {
			FatalErrorExitTests.this.ends.add("halt " + status);
		}

	});

	@Test
	void aFatalErrorInAQueryShouldExitWithStatusOneOnce() {
		this.exit.onFatalError(new OutOfMemoryError("Java heap space"));
		this.exit.onFatalError(new OutOfMemoryError("Java heap space"));
		awaitExit();
		assertThat(this.ends).containsExactly("exit 1");
	}

	@Test
	void aThreadDyingOfAFatalErrorShouldExit() {
		this.exit.uncaughtException(new Thread("http-nio-poller"), new OutOfMemoryError("Java heap space"));
		awaitExit();
	}

	private void awaitExit() {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
		while (!this.ends.contains("exit 1")) {
			assertThat(System.nanoTime()).as("exit within 10 seconds").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	@Test
	void aThreadDyingOfAnOrdinaryExceptionShouldOnlyBeLogged() {
		this.exit.uncaughtException(new Thread("worker"), new IllegalStateException("bug"));
		this.exit.uncaughtException(new Thread("worker"), new StackOverflowError());
		assertThat(this.ends).isEmpty();
	}

}
