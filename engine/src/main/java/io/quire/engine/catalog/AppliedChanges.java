package io.quire.engine.catalog;

import io.quire.engine.storage.WriteBatch;

/**
 * How a member of a replicated group tells changefeeds of the writes it applies for
 * another member: the catalog reads, before the batch is applied, the documents it
 * replaces, and tells the tables' listeners once it is applied. The writes were made (and
 * their changes born) by the other member's write path; here they are only read back.
 * Secondary-index and metadata keys are not changes.
 */
public interface AppliedChanges {

	/**
	 * Called before {@code batch} is applied to the local store.
	 * @return what to run once it is applied: tell each changed document's table
	 */
	Runnable changesOf(WriteBatch batch);

}
