package io.quire.engine;

/**
 * What happens before a query reads, by its read mode: nothing on a single server; on a
 * member of a replicated group, whatever makes its local store as up to date as the mode
 * asks (Raft's read index), failing the query when that cannot be done in time.
 */
public interface ReadBarrier {

	/** A single server's: its store is always up to date. */
	ReadBarrier NONE = new ReadBarrier() {

		@Override
		public void await(ReadMode mode) {
		}

		@Override
		public boolean waits(ReadMode mode) {
			return false;
		}

	};

	/**
	 * Returns once a read of the local store sees what {@code mode} asks.
	 * @throws QueryException OP_FAILED when that cannot be confirmed in time
	 */
	void await(ReadMode mode);

	/**
	 * Whether {@link #await} may wait for other members now (so the query must not run on
	 * a network thread).
	 */
	boolean waits(ReadMode mode);

}
