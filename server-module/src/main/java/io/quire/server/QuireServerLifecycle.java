package io.quire.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.quire.engine.QuireServer;
import io.quire.engine.auth.UserAccount;
import io.quire.engine.auth.Users;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the {@link QuireServer} with the application context and closes it on shutdown.
 * The engine starts on a thread of its own as soon as this object is initialized (by
 * {@link EarlyEngineStart} before the context exists, else as a bean), while the context
 * (Tomcat, Actuator) is still being created: it opens its storage, binds the driver port
 * and logs {@code Quire ready on <address>:<port>}; then the port file is written.
 * {@link #start()} waits for that start and fails the context with its error. If the
 * context fails or closes before it started, the engine is closed and the port file
 * deleted. On stop (SIGTERM, context close) the engine stops accepting, lets running
 * queries finish within {@code quire.server.shutdown-timeout} (then cancels them), then
 * flushes and closes storage, and the port file is deleted.
 */
public class QuireServerLifecycle implements SmartLifecycle, InitializingBean, DisposableBean {

	/** Starts with the embedded web server and stops after its graceful shutdown. */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 2048;

	private static final Log logger = LogFactory.getLog(QuireServerLifecycle.class);

	private final QuireServer server;

	private final QuireServerProperties properties;

	private final Clock clock;

	private volatile @Nullable Instant startedAt;

	private @Nullable CompletableFuture<Void> starting;

	private volatile @Nullable AutoCloseable logsTable;

	public QuireServerLifecycle(QuireServer server, QuireServerProperties properties, Clock clock) {
		this.server = server;
		this.properties = properties;
		this.clock = clock;
	}

	/** Begins the engine's start in the background when the context creates this bean. */
	@Override
	public void afterPropertiesSet() {
		starting();
	}

	private synchronized CompletableFuture<Void> starting() {
		if (this.starting == null) {
			this.starting = CompletableFuture.runAsync(this::startEngine, (task) -> {
				Thread thread = new Thread(task, "quire-start");
				thread.setDaemon(true);
				thread.start();
			});
		}
		return this.starting;
	}

	/** Waits until the engine accepts connections; throws what its start threw. */
	@Override
	public void start() {
		try {
			starting().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw ex;
		}
	}

	private void startEngine() {
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
		if (!adminHasPassword() && !isLoopback(this.properties.getBindAddress())) {
			logger.warn("Quire accepts connections on " + this.properties.getBindAddress()
					+ ", which is not a loopback address, and admin has no password (quire.server.initial-password"
					+ " was empty on first start): anyone who reaches port " + this.server.port()
					+ " has full access. Set one with r.db('rethinkdb').table('users').get('admin')"
					+ ".update({password: '...'})");
		}
	}

	/**
	 * Whether admin's stored credential is for a non-empty password (never the password).
	 */
	private boolean adminHasPassword() {
		UserAccount admin = this.server.engine().users().account(Users.ADMIN);
		return admin != null && admin.passwordSet();
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
		synchronized (this) {
			this.starting = null;
		}
		PortFile portFile = portFile();
		if (portFile != null) {
			portFile.delete();
		}
		logger.info("Quire stopped, storage closed");
	}

	/**
	 * Closes the engine when the context closes without stopping it, for example because
	 * its refresh failed after the engine had started.
	 */
	@Override
	public void destroy() {
		CompletableFuture<Void> started;
		synchronized (this) {
			started = this.starting;
		}
		if (started != null) {
			started.exceptionally((ex) -> null).join();
		}
		stop();
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

	/** The engine this lifecycle starts and stops. */
	public QuireServer server() {
		return this.server;
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
