package io.quire.data.core.mapping;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mapping.Association;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mapping.model.AnnotationBasedPersistentProperty;
import org.springframework.data.mapping.model.Property;
import org.springframework.data.mapping.model.SimpleTypeHolder;
import org.springframework.util.StringUtils;

/**
 * A property of a {@link QuirePersistentEntity}: knows its field name in the document and
 * whether it carries a secondary index.
 */
public class QuirePersistentProperty extends AnnotationBasedPersistentProperty<QuirePersistentProperty> {

	/** The field that holds the primary key, as in RethinkDB. */
	public static final String ID_FIELD = "id";

	public QuirePersistentProperty(Property property, PersistentEntity<?, QuirePersistentProperty> owner,
			SimpleTypeHolder simpleTypeHolder) {
		super(property, owner, simpleTypeHolder);
	}

	/**
	 * Whether this property is the identifier: annotated with {@code @Id}, or named
	 * {@code id}.
	 */
	@Override
	public boolean isIdProperty() {
		return super.isIdProperty() || ID_FIELD.equals(getName());
	}

	/** The name of the field in the stored document. */
	public String getFieldName() {
		Field field = findAnnotation(Field.class);
		if (field != null && StringUtils.hasText(field.name())) {
			return field.name();
		}
		return isIdProperty() ? ID_FIELD : getName();
	}

	/** Whether {@code @Indexed} declares a secondary index on this property. */
	public boolean isIndexed() {
		return isAnnotationPresent(Indexed.class);
	}

	/** The index name declared with {@code @Indexed(name = ...)}, or {@code null}. */
	public @Nullable String getDeclaredIndexName() {
		Indexed indexed = findAnnotation(Indexed.class);
		return (indexed != null && StringUtils.hasText(indexed.name())) ? indexed.name() : null;
	}

	@Override
	protected @Nullable Association<QuirePersistentProperty> createAssociation() {
		return null;
	}

}
