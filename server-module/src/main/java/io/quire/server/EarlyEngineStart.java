package io.quire.server;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.quire.engine.QueryListener;
import io.quire.engine.QuireServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Starts the engine as soon as the environment is prepared, before the application
 * context exists, so the driver port opens while Spring reads the configuration classes,
 * creates Tomcat and Actuator (more than half of a start). It binds
 * {@code quire.server.*} itself and begins a {@link QuireServerLifecycle}; the context
 * takes that server and lifecycle over as its {@code quireServer} and
 * {@code quireServerLifecycle} beans (see {@link QuireServerConfiguration}) instead of
 * making new ones. Settings that fail the cross-field checks, or that the engine refuses,
 * start nothing here: the context then binds them and fails with its usual report. If the
 * context fails before it took the engine over, or the JVM is stopped (SIGTERM) before
 * then, the engine is closed and the port file deleted. Queries answered before the
 * context exists are counted once its metrics exist.
 */
final class EarlyEngineStart implements ApplicationListener<SpringApplicationEvent> {

	static final String BEAN_NAME = "quireEarlyEngineStart";

	private static final Log logger = LogFactory.getLog(EarlyEngineStart.class);

	private final ForwardingQueryListener queries = new ForwardingQueryListener();

	private @Nullable QuireServerLifecycle lifecycle;

	private boolean takenOver;

	private final Runnable closeOnShutdown = this::closeUnlessTakenOver;

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			start(prepared.getEnvironment());
		}
		else if (event instanceof ApplicationPreparedEvent prepared) {
			prepared.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, this);
		}
		else if (event instanceof ApplicationFailedEvent) {
			closeUnlessTakenOver();
			forgetShutdownHandler();
		}
	}

	/**
	 * Once the context owns the engine, or it is closed, the handler has nothing to do.
	 */
	private void forgetShutdownHandler() {
		try {
			SpringApplication.getShutdownHandlers().remove(this.closeOnShutdown);
		}
		catch (IllegalStateException shutdownInProgress) {
			// the handlers run now; ours sees the engine taken over or closed
		}
	}

	private synchronized void start(ConfigurableEnvironment environment) {
		try {
			QuireServerProperties properties = Binder.get(environment)
				.bindOrCreate("quire.server", QuireServerProperties.class);
			Errors errors = new BeanPropertyBindingResult(properties, "quire.server");
			properties.validate(properties, errors);
			if (!errors.hasErrors()) {
				QuireServer server = QuireServerFactory.create(properties, this.queries);
				this.lifecycle = new QuireServerLifecycle(server, properties, Clock.systemUTC());
				// until the context takes over, its shutdown hook knows nothing of the
				// engine
				SpringApplication.getShutdownHandlers().add(this.closeOnShutdown);
				this.lifecycle.afterPropertiesSet();
			}
		}
		catch (RuntimeException ex) {
			logger.debug("The engine starts with the context instead: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The lifecycle begun before the context existed, handed over once: from now on the
	 * context stops it; queries are counted by {@code listener}.
	 */
	synchronized @Nullable QuireServerLifecycle takeOver(QueryListener listener) {
		if (this.lifecycle == null || this.takenOver) {
			return null;
		}
		this.takenOver = true;
		forgetShutdownHandler();
		this.queries.delegateTo(listener);
		return this.lifecycle;
	}

	private synchronized void closeUnlessTakenOver() {
		if (this.lifecycle != null && !this.takenOver) {
			QuireServerLifecycle started = this.lifecycle;
			this.lifecycle = null;
			started.destroy();
		}
	}

	/**
	 * Counts queries through the context's listener once it exists; before, it keeps them
	 * (a start's worth at most) and hands them over when the listener arrives.
	 */
	static final class ForwardingQueryListener implements QueryListener {

		/** More than a start answers; beyond it early queries are dropped uncounted. */
		private static final int MAX_EARLY_QUERIES = 10_000;

		private final List<EarlyQuery> early = new ArrayList<>();

		private volatile @Nullable QueryListener delegate;

		void delegateTo(QueryListener listener) {
			synchronized (this.early) {
				this.early.forEach((query) -> listener.onQuery(query.kind(), query.latency(), query.failed()));
				this.early.clear();
				this.delegate = listener;
			}
		}

		@Override
		public void onQuery(String queryKind, Duration latency, boolean failed) {
			QueryListener current = this.delegate;
			if (current != null) {
				current.onQuery(queryKind, latency, failed);
				return;
			}
			synchronized (this.early) {
				QueryListener late = this.delegate;
				if (late != null) {
					late.onQuery(queryKind, latency, failed);
				}
				else if (this.early.size() < MAX_EARLY_QUERIES) {
					this.early.add(new EarlyQuery(queryKind, latency, failed));
				}
			}
		}

		private record EarlyQuery(String kind, Duration latency, boolean failed) {
		}

	}

}
