package io.quire.spring.boot.autoconfigure.data;

import org.springframework.boot.autoconfigure.data.RepositoryType;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties of Quire's Spring Data support, bound from
 * {@code quire.data.*}.
 */
@ConfigurationProperties("quire.data")
public class QuireDataProperties {

	/**
	 * Whether a repository creates its entity's table on first use when it is missing.
	 */
	private boolean autoTableCreation = true;

	/**
	 * Whether indexes declared on entities are created at startup when they are missing.
	 */
	private boolean autoIndexCreation;

	private final Repositories repositories = new Repositories();

	private final ChangeListeners changeListeners = new ChangeListeners();

	public boolean isAutoTableCreation() {
		return this.autoTableCreation;
	}

	public void setAutoTableCreation(boolean autoTableCreation) {
		this.autoTableCreation = autoTableCreation;
	}

	public boolean isAutoIndexCreation() {
		return this.autoIndexCreation;
	}

	public void setAutoIndexCreation(boolean autoIndexCreation) {
		this.autoIndexCreation = autoIndexCreation;
	}

	public Repositories getRepositories() {
		return this.repositories;
	}

	public ChangeListeners getChangeListeners() {
		return this.changeListeners;
	}

	/**
	 * Repository settings.
	 */
	public static class Repositories {

		/** Kind of Quire repositories to enable: auto, imperative, reactive or none. */
		private RepositoryType type = RepositoryType.AUTO;

		public RepositoryType getType() {
			return this.type;
		}

		public void setType(RepositoryType type) {
			this.type = type;
		}

	}

	/**
	 * Changefeed listener settings.
	 */
	public static class ChangeListeners {

		/**
		 * Whether @QuireChangeListener methods of beans are fed from changefeeds while
		 * the context runs.
		 */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
