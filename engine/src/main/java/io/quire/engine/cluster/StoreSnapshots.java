package io.quire.engine.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.ratis.server.protocol.TermIndex;
import org.apache.ratis.server.storage.FileInfo;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.SnapshotInfo;
import org.apache.ratis.statemachine.SnapshotRetentionPolicy;
import org.apache.ratis.statemachine.StateMachineStorage;
import org.apache.ratis.statemachine.impl.FileListSnapshotInfo;
import org.apache.ratis.util.FileUtils;
import org.jspecify.annotations.Nullable;

/**
 * The snapshots of the store, in the state machine directory of the Raft storage: one
 * directory {@code snapshot.<term>_<index>} each, holding a checkpoint of the store at
 * that log index. The leader sends a snapshot's files to a member behind its purged log;
 * Ratis writes them into a fresh state machine directory, which then holds the received
 * snapshot only. The two latest snapshots are kept.
 */
final class StoreSnapshots implements StateMachineStorage {

	private static final Pattern NAME = Pattern.compile("snapshot\\.(\\d+)_(\\d+)");

	private static final String PARTIAL = ".partial";

	/**
	 * Ratis stores a digest beside each received file; it is not part of the checkpoint.
	 */
	private static final String DIGEST = ".md5";

	private static final int RETAINED = 2;

	private volatile @Nullable Path directory;

	private volatile @Nullable Snapshot latest;

	/** What Ratis sends of the latest snapshot, listed once per snapshot. */
	private volatile @Nullable SnapshotInfo latestInfo;

	@Override
	public void init(RaftStorage storage) throws IOException {
		Path sm = storage.getStorageDir().getStateMachineDir().toPath();
		Files.createDirectories(sm);
		this.directory = sm;
		refresh();
	}

	@Override
	public @Nullable SnapshotInfo getLatestSnapshot() {
		return this.latestInfo;
	}

	/** The checkpoint directory of the latest snapshot, if any. */
	Optional<Path> latestCheckpoint() {
		return Optional.ofNullable(this.latest).map(Snapshot::path);
	}

	@Override
	public void format() {
	}

	/**
	 * Makes a snapshot at {@code at}: {@code checkpoint} writes the store into a
	 * directory that does not exist yet, which becomes the snapshot once complete.
	 */
	void take(TermIndex at, Consumer<Path> checkpoint) throws IOException {
		Path target = directory().resolve("snapshot." + at.getTerm() + "_" + at.getIndex());
		if (!Files.exists(target)) {
			Path partial = target.resolveSibling(target.getFileName() + PARTIAL);
			if (Files.exists(partial)) {
				FileUtils.deleteFully(partial);
			}
			checkpoint.accept(partial);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		refresh();
	}

	/** Rereads the directory, after a snapshot was taken or installed. */
	void refresh() throws IOException {
		Snapshot found = snapshots().findFirst().orElse(null);
		this.latestInfo = (found != null) ? found.info() : null;
		this.latest = found;
	}

	/**
	 * Keeps the latest snapshots only, and drops checkpoints a crash left unfinished;
	 * Ratis calls it on its applier thread after each snapshot, so none is being written.
	 */
	@Override
	public void cleanupOldSnapshots(SnapshotRetentionPolicy policy) throws IOException {
		List<Snapshot> old = snapshots().skip(RETAINED).toList();
		for (Snapshot snapshot : old) {
			FileUtils.deleteFully(snapshot.path());
		}
		try (Stream<Path> entries = Files.list(directory())) {
			for (Path partial : entries.filter((entry) -> entry.getFileName().toString().endsWith(PARTIAL)).toList()) {
				FileUtils.deleteFully(partial);
			}
		}
	}

	/** Every complete snapshot, the latest first. */
	private Stream<Snapshot> snapshots() throws IOException {
		try (Stream<Path> entries = Files.list(directory())) {
			return entries.filter(Files::isDirectory)
				.map(StoreSnapshots::parse)
				.flatMap(Optional::stream)
				.sorted(Comparator.comparing(Snapshot::at).reversed())
				.toList()
				.stream();
		}
	}

	private static Optional<Snapshot> parse(Path candidate) {
		Matcher name = NAME.matcher(candidate.getFileName().toString());
		if (!name.matches()) {
			return Optional.empty();
		}
		TermIndex at = TermIndex.valueOf(Long.parseLong(name.group(1)), Long.parseLong(name.group(2)));
		return Optional.of(new Snapshot(candidate, at));
	}

	private Path directory() {
		Path current = this.directory;
		if (current == null) {
			throw new IllegalStateException("Not initialized");
		}
		return current;
	}

	/** One snapshot directory and the log position the checkpoint in it is at. */
	private record Snapshot(Path path, TermIndex at) {

		/**
		 * What Ratis sends: every file of the checkpoint, its digest computed on the way.
		 */
		SnapshotInfo info() {
			try (Stream<Path> files = Files.list(this.path)) {
				List<FileInfo> infos = files.filter(Files::isRegularFile)
					.filter((file) -> !file.getFileName().toString().endsWith(DIGEST))
					.map((file) -> new FileInfo(file.toAbsolutePath(), null))
					.toList();
				return new FileListSnapshotInfo(infos, this.at);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list snapshot " + this.path, ex);
			}
		}

	}

}
