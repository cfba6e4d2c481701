package io.quire.data.core.mapping;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.data.core.TypeInformation;
import org.springframework.data.mapping.model.BasicPersistentEntity;
import org.springframework.util.StringUtils;

/**
 * A class stored in a Quire table, with the table and database it lives in.
 *
 * @param <T> the entity type
 */
public class QuirePersistentEntity<T> extends BasicPersistentEntity<T, QuirePersistentProperty> {

	private final String table;

	private final @Nullable String database;

	public QuirePersistentEntity(TypeInformation<T> information) {
		super(information);
		Document document = findAnnotation(Document.class);
		this.table = tableName(document, information.getType());
		this.database = (document != null && StringUtils.hasText(document.database())) ? document.database() : null;
	}

	/** The table holding this entity's documents. */
	public String getTable() {
		return this.table;
	}

	/**
	 * The database declared with {@code @Document(database = ...)}, or {@code null} for
	 * the default one.
	 */
	public @Nullable String getDatabase() {
		return this.database;
	}

	/** The field that holds the primary key of this entity's table. */
	public String getIdFieldName() {
		QuirePersistentProperty id = getIdProperty();
		return (id != null) ? id.getFieldName() : QuirePersistentProperty.ID_FIELD;
	}

	private static String tableName(@Nullable Document document, Class<?> type) {
		if (document != null && StringUtils.hasText(document.table())) {
			return document.table();
		}
		String simpleName = type.getSimpleName();
		return simpleName.substring(0, 1).toLowerCase(Locale.ROOT) + simpleName.substring(1);
	}

}
