package io.quire.bench;

/**
 * What a {@link Cell} measured: operations completed and failed, the elapsed time,
 * latency percentiles in microseconds, server CPU microseconds per operation (negative
 * when unknown) and, for durable writes, the number of fsync calls the server made
 * (negative when not counted).
 */
public record CellResult(Cell cell, long operations, long errors, double seconds, double p50Micros, double p99Micros,
		double p999Micros, double serverCpuMicrosPerOp, long fsyncs) {

	/** Completed operations per second. */
	public double opsPerSecond() {
		return (this.seconds > 0) ? this.operations / this.seconds : 0;
	}

	/** Documents written or read per second (batches count each document). */
	public double documentsPerSecond() {
		return opsPerSecond() * this.cell.workload().documentsPerOperation();
	}

	/** This result with the server's fsync count of the run. */
	public CellResult withFsyncs(long count) {
		return new CellResult(this.cell, this.operations, this.errors, this.seconds, this.p50Micros, this.p99Micros,
				this.p999Micros, this.serverCpuMicrosPerOp, count);
	}

}
