package io.quire.engine;

import org.jspecify.annotations.Nullable;

/**
 * Whether a {@link QuireServer} can serve: its storage takes a write and its driver port
 * listens.
 *
 * @param storageWritable whether a probe value could be written and read back
 * @param listening whether the driver port accepts connections
 * @param reason why the server is down, {@code null} when it is up
 */
public record ServerHealth(boolean storageWritable, boolean listening, @Nullable String reason) {

	/** Whether the server is fully usable. */
	public boolean isUp() {
		return this.storageWritable && this.listening;
	}

}
