package io.quire.tools.cli;

import java.util.Set;

import io.quire.tools.transfer.ImportSettings;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The write options {@code import} and {@code restore} share with RethinkDB's.
 */
public final class WriteOptions {

	@Option(names = "--clients", paramLabel = "NUM", defaultValue = "8",
			description = "client connections writing at once (default: ${DEFAULT-VALUE})")
	int clients;

	@Option(names = "--batch-size", paramLabel = "NUM", defaultValue = "200",
			description = "documents per insert (default: ${DEFAULT-VALUE})")
	int batchSize;

	@Option(names = "--force",
			description = "import into tables that exist, replacing documents with the same primary key")
	boolean force;

	@Option(names = "--ignore-errors",
			description = "skip (and count) malformed rows and documents the server refuses instead of stopping")
	boolean ignoreErrors;

	@Option(names = "--hard-durability", description = "use hard durability writes (slower)")
	boolean hardDurability;

	@Option(names = "--shards", paramLabel = "SHARDS",
			description = "shards of the tables created (accepted as RethinkDB's)")
	@Nullable Integer shards;

	@Option(names = "--replicas", paramLabel = "REPLICAS",
			description = "replicas of the tables created (accepted as RethinkDB's)")
	@Nullable Integer replicas;

	@Option(names = { "-q", "--quiet" }, description = "print no progress")
	boolean quiet;

	ImportSettings settings(@Nullable Set<String> fields) {
		Positive.check("--clients", this.clients);
		Positive.check("--batch-size", this.batchSize);
		if (this.shards != null) {
			Positive.check("--shards", this.shards);
		}
		if (this.replicas != null) {
			Positive.check("--replicas", this.replicas);
		}
		return new ImportSettings(this.clients, this.batchSize, this.force, this.ignoreErrors, this.hardDurability,
				this.shards, this.replicas, fields, this.quiet);
	}

}
