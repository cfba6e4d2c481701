package io.quire.engine.net;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.buffer.Unpooled;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import io.quire.engine.QueryListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query handler on an embedded channel, for what sockets cannot show reliably.
 */
class QueryHandlerTests {

	private final ServerContext context = new ServerContext(new ScriptedQueryRunner(),
			Executors.newSingleThreadExecutor(), Executors.newCachedThreadPool(),
			new QueryStatistics(QueryListener.NONE), Map.of(), new AtomicBoolean());

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

}
