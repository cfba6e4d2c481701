package io.quire.data.core.mapping.event;

import org.reactivestreams.Publisher;

import org.springframework.beans.factory.ObjectFactory;
import org.springframework.core.Ordered;
import org.springframework.data.auditing.ReactiveIsNewAwareAuditingHandler;
import org.springframework.util.Assert;

/**
 * Sets the {@code @CreatedDate}, {@code @CreatedBy}, {@code @LastModifiedDate} and
 * {@code @LastModifiedBy} properties of an entity before the reactive template converts
 * it for saving, with the auditor of a
 * {@link org.springframework.data.domain.ReactiveAuditorAware}. Registered by
 * {@code @EnableReactiveQuireAuditing}.
 */
public class ReactiveAuditingEntityCallback implements ReactiveBeforeConvertCallback<Object>, Ordered {

	private final ObjectFactory<ReactiveIsNewAwareAuditingHandler> auditingHandler;

	public ReactiveAuditingEntityCallback(ObjectFactory<ReactiveIsNewAwareAuditingHandler> auditingHandler) {
		Assert.notNull(auditingHandler, "auditingHandler must not be null");
		this.auditingHandler = auditingHandler;
	}

	@Override
	public Publisher<Object> onBeforeConvert(Object entity, String table) {
		return this.auditingHandler.getObject().markAudited(entity);
	}

	@Override
	public int getOrder() {
		return 100;
	}

}
