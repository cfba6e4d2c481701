package io.quire.engine.catalog;

import io.quire.engine.storage.Storage;
import io.quire.engine.storage.memory.MemoryStorage;

class MemoryIndexTests extends AbstractIndexTests {

	@Override
	protected Storage openStorage() {
		return new MemoryStorage();
	}

}
