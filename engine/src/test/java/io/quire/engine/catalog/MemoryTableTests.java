package io.quire.engine.catalog;

import io.quire.engine.storage.Storage;
import io.quire.engine.storage.memory.MemoryStorage;

class MemoryTableTests extends AbstractTableTests {

	@Override
	protected Storage openStorage() {
		return new MemoryStorage();
	}

}
