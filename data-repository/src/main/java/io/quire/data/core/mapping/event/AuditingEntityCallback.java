package io.quire.data.core.mapping.event;

import org.springframework.beans.factory.ObjectFactory;
import org.springframework.core.Ordered;
import org.springframework.data.auditing.IsNewAwareAuditingHandler;
import org.springframework.util.Assert;

/**
 * Sets the {@code @CreatedDate}, {@code @CreatedBy}, {@code @LastModifiedDate} and
 * {@code @LastModifiedBy} properties of an entity before it is converted for saving.
 * Registered by {@code @EnableQuireAuditing}.
 */
public class AuditingEntityCallback implements BeforeConvertCallback<Object>, Ordered {

	private final ObjectFactory<IsNewAwareAuditingHandler> auditingHandler;

	public AuditingEntityCallback(ObjectFactory<IsNewAwareAuditingHandler> auditingHandler) {
		Assert.notNull(auditingHandler, "auditingHandler must not be null");
		this.auditingHandler = auditingHandler;
	}

	@Override
	public Object onBeforeConvert(Object entity, String table) {
		return this.auditingHandler.getObject().markAudited(entity);
	}

	@Override
	public int getOrder() {
		return 100;
	}

}
