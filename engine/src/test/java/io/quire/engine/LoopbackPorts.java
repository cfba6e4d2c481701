package io.quire.engine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loopback ports for members that are told their Raft port before they bind it.
 *
 * <p>
 * A port the kernel hands out for {@code new ServerSocket(0)} comes from the ephemeral
 * range, where any outgoing connection of this JVM (a Raft client, a driver) may take it
 * again between the probe and the member's bind. These ports come from below that range
 * instead, from a counter that never hands the same port out twice in one JVM, and each
 * is probed before it is returned. The fixed driver ports of the test groups (28014 up)
 * lie above the range used here.
 */
final class LoopbackPorts {

	private static final int FIRST = 12_000;

	private static final int LAST = 27_999;

	/** Starts somewhere different per process, so concurrent builds rarely meet. */
	private static final AtomicInteger NEXT = new AtomicInteger((int) (ProcessHandle.current().pid() % 80) * 200);

	private LoopbackPorts() {
	}

	/** A port no one listened on a moment ago and that this JVM has not handed out. */
	static int next() {
		for (int tried = 0; tried <= LAST - FIRST; tried++) {
			int port = FIRST + Math.floorMod(NEXT.getAndIncrement(), LAST - FIRST + 1);
			if (isFree(port)) {
				return port;
			}
		}
		throw new IllegalStateException("No free loopback port between " + FIRST + " and " + LAST);
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
