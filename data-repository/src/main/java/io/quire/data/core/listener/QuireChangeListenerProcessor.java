package io.quire.data.core.listener;

import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quire.data.core.QuireOperations;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Finds the {@link QuireChangeListener @QuireChangeListener} methods of beans as they are
 * created, opens one changefeed per method when the context starts and closes them when
 * it stops.
 */
public class QuireChangeListenerProcessor implements BeanPostProcessor, SmartLifecycle {

	private final ObjectProvider<QuireOperations> operations;

	private final List<ChangeListenerRunner> runners = new CopyOnWriteArrayList<>();

	private volatile boolean running;

	public QuireChangeListenerProcessor(ObjectProvider<QuireOperations> operations) {
		this.operations = operations;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Class<?> type = AopUtils.getTargetClass(bean);
		MethodIntrospector
			.selectMethods(type,
					(MethodIntrospector.MetadataLookup<QuireChangeListener>) (method) -> AnnotatedElementUtils
						.findMergedAnnotation(method, QuireChangeListener.class))
			.forEach((method, annotation) -> register(bean, method, annotation));
		return bean;
	}

	private void register(Object bean, Method method, QuireChangeListener annotation) {
		ChangeListenerRunner runner = new ChangeListenerRunner(bean, method, annotation.entity(), this.operations);
		this.runners.add(runner);
		if (this.running) {
			runner.start();
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.runners.forEach(ChangeListenerRunner::start);
	}

	@Override
	public void stop() {
		this.running = false;
		this.runners.forEach(ChangeListenerRunner::stop);
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** The listener methods found so far. */
	public List<Method> listenerMethods() {
		return this.runners.stream().map(ChangeListenerRunner::method).toList();
	}

}
