package io.quire.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.quire.engine.QuireServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Starts the {@link QuireServer} with the application context and closes it on shutdown.
 * On start the engine opens its storage, binds the driver port and logs
 * {@code Quire ready on
 * <address>:<port>}; then the port file is written. On stop (SIGTERM, context close) the
 * engine stops accepting, lets running queries finish within
 * {@code quire.server.shutdown-timeout} (then cancels them), then flushes and closes
 * storage, and the port file is deleted.
 */
public class QuireServerLifecycle implements SmartLifecycle {

	/** Starts with the embedded web server and stops after its graceful shutdown. */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

	private static final Log logger = LogFactory.getLog(QuireServerLifecycle.class);

	private final QuireServer server;

	private final QuireServerProperties properties;

	private final Clock clock;

	private volatile @Nullable Instant startedAt;

	private volatile @Nullable AutoCloseable logsTable;

	public QuireServerLifecycle(QuireServer server, QuireServerProperties properties, Clock clock) {
		this.server = server;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void start() {
		startOrClose();
		this.logsTable = LogsTableAppender.attach(this.server.engine().log());
		this.startedAt = this.clock.instant();
		PortFile portFile = portFile();
		if (portFile != null) {
			portFile.write(this.server.port());
			logger.info("Driver port " + this.server.port() + " written to " + portFile.path());
		}
		warnIfExposedWithoutPassword();
	}

	private void startOrClose() {
		try {
			this.server.start();
		}
		catch (RuntimeException ex) {
			this.server.close();
			throw ex;
		}
	}

	private void detachLogsTable() {
		AutoCloseable handle = this.logsTable;
		this.logsTable = null;
		if (handle != null) {
			try {
				handle.close();
			}
			catch (Exception ex) {
				logger.debug("Could not detach the logs table appender", ex);
			}
		}
	}

	private void warnIfExposedWithoutPassword() {
		if (this.properties.getInitialPassword().isEmpty() && !isLoopback(this.properties.getBindAddress())) {
			logger.warn("Quire accepts connections on " + this.properties.getBindAddress()
					+ ", which is not a loopback address, and quire.server.initial-password is empty: unless"
					+ " admin's password was changed, anyone who reaches port " + this.server.port()
					+ " has full access");
		}
	}

	private static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	@Override
	public void stop() {
		if (this.startedAt == null) {
			return;
		}
		logger.info("Quire stopping: no new connections, running queries get up to "
				+ this.properties.getShutdownTimeout().toSeconds() + "s");
		detachLogsTable();
		this.server.close();
		this.startedAt = null;
		PortFile portFile = portFile();
		if (portFile != null) {
			portFile.delete();
		}
		logger.info("Quire stopped, storage closed");
	}

	private @Nullable PortFile portFile() {
		return (this.properties.getPortFile() != null) ? new PortFile(this.properties.getPortFile()) : null;
	}

	@Override
	public boolean isRunning() {
		return this.startedAt != null;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/** When the server started accepting connections, empty when it is not running. */
	public @Nullable Instant startedAt() {
		return this.startedAt;
	}

	/**
	 * How long the server has been accepting connections, zero when it is not running.
	 */
	public Duration uptime() {
		Instant started = this.startedAt;
		return (started != null) ? Duration.between(started, this.clock.instant()) : Duration.ZERO;
	}

}
