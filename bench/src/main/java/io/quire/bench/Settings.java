package io.quire.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where the systems under test run and where results go.
 *
 * @param profile what to measure
 * @param keys how reads, updates and scans pick their records
 * @param quireHost host of the Quire server
 * @param quirePort driver port of the Quire server
 * @param quirePid process of the Quire server, for CPU time and fsync counts (-1 when
 * unknown)
 * @param quireDataDir data directory of the Quire server, for bytes on disk (null when in
 * memory)
 * @param before an earlier build of the Quire server, measured beside this one (null:
 * none)
 * @param postgresUrl JDBC URL of the PostgreSQL server (null: S3 is skipped)
 * @param postgresPid the postmaster's process (-1 when unknown)
 * @param postgresDataDir the PostgreSQL data directory (null when unknown)
 * @param resultsDir where the result files are written
 * @param scratchDir where in-process baselines keep their data
 * @param countFsyncs whether {@code perf} may count the servers' fsync calls
 * @param facts measured outside the harness (server ready times...), reported as they are
 */
public record Settings(Profile profile, KeyDistribution keys, String quireHost, int quirePort, long quirePid,
		@Nullable Path quireDataDir, @Nullable EarlierServer before, @Nullable String postgresUrl, long postgresPid,
		@Nullable Path postgresDataDir, Path resultsDir, Path scratchDir, boolean countFsyncs,
		Map<String, String> facts) {

	/** Settings for the Quire server alone, nothing else measured. */
	public static Settings quireOnly(Profile profile, String host, int port, Path resultsDir, Path scratchDir) {
		return new Settings(profile, KeyDistribution.ZIPFIAN, host, port, -1, null, null, null, -1, null, resultsDir,
				scratchDir, false, new LinkedHashMap<>());
	}

	/** These settings, with an earlier build of the server to measure beside this one. */
	public Settings withBefore(EarlierServer earlier) {
		return new Settings(this.profile, this.keys, this.quireHost, this.quirePort, this.quirePid, this.quireDataDir,
				earlier, this.postgresUrl, this.postgresPid, this.postgresDataDir, this.resultsDir, this.scratchDir,
				this.countFsyncs, this.facts);
	}

	/**
	 * An earlier build of Quire's server, running on the same host: its S1 cells are
	 * named {@code S1-shared@<label>} and {@code S1-pool@<label>}, so that before and
	 * after land in one table.
	 *
	 * @param label what the build is (a commit)
	 * @param port its driver port
	 * @param pid its process (-1 when unknown)
	 * @param dataDir its data directory (null when unknown)
	 */
	public record EarlierServer(String label, int port, long pid, @Nullable Path dataDir) {

	}

}
