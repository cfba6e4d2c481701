package io.quire.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Where the systems under test run and where results go.
 *
 * @param profile what to measure
 * @param quireHost host of the Quire server
 * @param quirePort driver port of the Quire server
 * @param quirePid process of the Quire server, for CPU time and fsync counts (-1 when
 * unknown)
 * @param quireDataDir data directory of the Quire server, for bytes on disk (null when in
 * memory)
 * @param postgresUrl JDBC URL of the PostgreSQL server (null: S3 is skipped)
 * @param postgresPid the postmaster's process (-1 when unknown)
 * @param postgresDataDir the PostgreSQL data directory (null when unknown)
 * @param resultsDir where the result files are written
 * @param scratchDir where in-process baselines keep their data
 * @param countFsyncs whether {@code perf} may count the servers' fsync calls
 * @param facts measured outside the harness (server ready times...), reported as they are
 */
public record Settings(Profile profile, String quireHost, int quirePort, long quirePid, @Nullable Path quireDataDir,
		@Nullable String postgresUrl, long postgresPid, @Nullable Path postgresDataDir, Path resultsDir,
		Path scratchDir, boolean countFsyncs, Map<String, String> facts) {

	/** Settings for the Quire server alone, nothing else measured. */
	public static Settings quireOnly(Profile profile, String host, int port, Path resultsDir, Path scratchDir) {
		return new Settings(profile, host, port, -1, null, null, -1, null, resultsDir, scratchDir, false,
				new LinkedHashMap<>());
	}

}
