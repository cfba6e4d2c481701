package io.quire.server;

import java.time.Instant;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.quire.engine.system.ServerLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Feeds the server's Logback events of level INFO and above into the engine's
 * {@link ServerLog}, so that {@code r.db('rethinkdb').table('logs')} shows what the
 * server logged. Does nothing when Logback is not the logging backend.
 */
final class LogsTableAppender extends AppenderBase<ILoggingEvent> {

	private final ServerLog log;

	private LogsTableAppender(ServerLog log) {
		this.log = log;
	}

	/**
	 * Attaches an appender to the root logger.
	 * @return a handle that detaches it, or {@code null} without Logback
	 */
	static @Nullable AutoCloseable attach(ServerLog log) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return null;
		}
		LogsTableAppender appender = new LogsTableAppender(log);
		appender.setContext(context);
		appender.setName("quire-logs-table");
		appender.start();
		Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		root.addAppender(appender);
		return () -> {
			root.detachAppender(appender);
			appender.stop();
		};
	}

	@Override
	protected void append(ILoggingEvent event) {
		if (!event.getLevel().isGreaterOrEqual(Level.INFO)) {
			return;
		}
		this.log.record(Instant.ofEpochMilli(event.getTimeStamp()), level(event.getLevel()),
				event.getLoggerName() + ": " + event.getFormattedMessage());
	}

	private static ServerLog.Level level(Level level) {
		if (level.isGreaterOrEqual(Level.ERROR)) {
			return ServerLog.Level.ERROR;
		}
		return level.isGreaterOrEqual(Level.WARN) ? ServerLog.Level.WARN : ServerLog.Level.INFO;
	}

}
