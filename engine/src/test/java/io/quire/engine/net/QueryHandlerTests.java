package io.quire.engine.net;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import io.quire.engine.QueryListener;
import io.quire.protocol.QueryType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query handler on an embedded channel, for what sockets cannot show reliably.
 */
class QueryHandlerTests {

	private final ScriptedQueryRunner runner = new ScriptedQueryRunner();

	private final ServerContext context = new ServerContext(this.runner, Executors.newSingleThreadExecutor(),
			Executors.newCachedThreadPool(), new QueryStatistics(QueryListener.NONE), Map.of(), new AtomicBoolean());

	@AfterEach
	void stop() {
		this.context.workers().shutdownNow();
		this.context.feedWaiters().shutdownNow();
	}

	@Test
	void readingShouldPauseWhileResponsesPileUpAndResumeOnceTheyDrain() {
		EmbeddedChannel channel = new EmbeddedChannel();
		ClientConnection connection = new ClientConnection(1, channel, Instant.now());
		channel.pipeline().addLast(new QueryHandler(connection, this.context));
		channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(8, 16));
		channel.write(Unpooled.wrappedBuffer(new byte[64]));
		assertThat(channel.isWritable()).isFalse();
		assertThat(channel.config().isAutoRead()).isFalse();
		channel.flush();
		assertThat(channel.isWritable()).isTrue();
		assertThat(channel.config().isAutoRead()).isTrue();
		channel.finishAndReleaseAll();
	}

	@Test
	void queriesThatCannotBlockShouldRunOnTheEventLoopAndBeFlushedOncePerReadBatch() {
		AtomicInteger flushes = new AtomicInteger();
		EmbeddedChannel channel = new EmbeddedChannel();
		channel.pipeline().addLast(new FlushCounter(flushes));
		channel.pipeline().addLast(new QueryHandler(authenticated(channel), this.context));
		channel.writeInbound(start(1, "inline one"), start(2, "inline two"));
		assertThat(this.runner.threads).containsExactly(Thread.currentThread(), Thread.currentThread());
		assertThat(flushes).hasValue(1);
		Response first = channel.readOutbound();
		Response second = channel.readOutbound();
		assertThat(List.of(first.token(), second.token())).containsExactly(1L, 2L);
		assertThat(first.results()).isEqualTo(List.of("inline one"));
		channel.finishAndReleaseAll();
	}

	@Test
	void queriesThatMayBlockShouldRunOnAWorker() throws Exception {
		EmbeddedChannel channel = new EmbeddedChannel();
		channel.pipeline().addLast(new QueryHandler(authenticated(channel), this.context));
		channel.writeInbound(start(1, "plain"));
		// the single worker has run the query (and written its answer) once this returns
		this.context.workers().submit(() -> null).get(10, TimeUnit.SECONDS);
		assertThat(this.runner.threads).hasSize(1).doesNotContain(Thread.currentThread());
		channel.finishAndReleaseAll();
	}

	private static ClientConnection authenticated(EmbeddedChannel channel) {
		ClientConnection connection = new ClientConnection(1, channel, Instant.now());
		connection.authenticated("admin", null);
		return connection;
	}

	private static Query.Valid start(long token, String term) {
		return new Query.Valid(token, QueryType.START, term, Map.of(), false, System.nanoTime());
	}

	/** Counts the flushes that reach the socket. */
	private static final class FlushCounter extends ChannelOutboundHandlerAdapter {

		private final AtomicInteger flushes;

		FlushCounter(AtomicInteger flushes) {
			this.flushes = flushes;
		}

		@Override
		public void flush(ChannelHandlerContext ctx) {
			this.flushes.incrementAndGet();
			ctx.flush();
		}

	}

}
