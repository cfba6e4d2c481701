package io.quire.data.core.listener;

import java.lang.reflect.Method;
import java.util.stream.Stream;

import io.quire.data.core.ChangeEvent;
import io.quire.data.core.QuireOperations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ReflectionUtils;

/**
 * Feeds one listener method from a changefeed on a thread of its own, reopening the feed
 * after a failure (one second later) until stopped.
 */
final class ChangeListenerRunner implements Runnable {

	private static final Logger logger = LoggerFactory.getLogger(ChangeListenerRunner.class);

	private final Object bean;

	private final Method method;

	private final Class<?> entity;

	private final ObjectProvider<QuireOperations> operations;

	private final boolean takesEvent;

	private volatile boolean running;

	private volatile @Nullable Stream<?> current;

	private @Nullable Thread thread;

	ChangeListenerRunner(Object bean, Method method, Class<?> entity, ObjectProvider<QuireOperations> operations) {
		if (method.getParameterCount() != 1) {
			throw new IllegalStateException(
					"@QuireChangeListener method " + method + " must take one parameter: a ChangeEvent or the entity");
		}
		this.bean = bean;
		this.method = method;
		this.entity = entity;
		this.operations = operations;
		this.takesEvent = ChangeEvent.class.isAssignableFrom(method.getParameterTypes()[0]);
		ReflectionUtils.makeAccessible(method);
	}

	Method method() {
		return this.method;
	}

	synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		Thread started = new Thread(this, "quire-change-listener-" + this.method.getName());
		started.setDaemon(true);
		this.thread = started;
		started.start();
	}

	void stop() {
		Thread stopping;
		synchronized (this) {
			this.running = false;
			stopping = this.thread;
			this.thread = null;
		}
		Stream<?> events = this.current;
		if (events != null) {
			events.close();
		}
		if (stopping != null) {
			try {
				stopping.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void run() {
		while (this.running) {
			try (Stream<? extends ChangeEvent<?>> events = this.operations.getObject().changes(this.entity, null)) {
				this.current = events;
				if (!this.running) {
					return;
				}
				events.forEach(this::deliver);
			}
			catch (RuntimeException ex) {
				if (this.running) {
					logger.warn("Changefeed of {} for {} failed, reopening in 1 s: {}", this.entity.getSimpleName(),
							this.method, ex.toString());
					pause();
				}
			}
		}
	}

	private void deliver(ChangeEvent<?> event) {
		Object argument = this.takesEvent ? event : event.entity();
		if (argument == null) {
			return;
		}
		try {
			ReflectionUtils.invokeMethod(this.method, this.bean, argument);
		}
		catch (RuntimeException ex) {
			logger.error("@QuireChangeListener method {} failed on {}", this.method, event, ex);
		}
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
