package io.quire.engine.catalog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the changes a table publishes.
 */
final class RecordingListener implements ChangeListener {

	final List<Change> changes = new CopyOnWriteArrayList<>();

	volatile boolean dropped;

	@Override
	public void onChange(Table table, Change change) {
		this.changes.add(change);
	}

	@Override
	public void onDropped(Table table) {
		this.dropped = true;
	}

}
