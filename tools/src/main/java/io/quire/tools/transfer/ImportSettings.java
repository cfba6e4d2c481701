package io.quire.tools.transfer;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How rows are written by {@code import} and {@code restore}.
 *
 * @param clients connections writing at once
 * @param batchSize documents per insert
 * @param force whether to write into tables that exist, replacing documents with the same
 * primary key
 * @param ignoreErrors whether malformed rows and refused documents are skipped and
 * counted instead of stopping the run
 * @param hardDurability whether inserts use {@code durability: hard}
 * @param shards {@code shards} for the tables created, or {@code null}
 * @param replicas {@code replicas} for the tables created, or {@code null}
 * @param fields the fields to keep ({@code null}: all)
 * @param quiet whether to print no progress
 */
public record ImportSettings(int clients, int batchSize, boolean force, boolean ignoreErrors, boolean hardDurability,
		@Nullable Integer shards, @Nullable Integer replicas, @Nullable Set<String> fields, boolean quiet) {

	String conflict() {
		return this.force ? "replace" : "error";
	}

	String durability() {
		return this.hardDurability ? "hard" : "soft";
	}

}
