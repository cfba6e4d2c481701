package io.quire.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Free TCP ports on loopback, for a child process that must be told its port up front.
 *
 * <p>
 * They come from below the kernel's ephemeral range (where any outgoing connection may
 * take a probed port again before the child binds it), from a counter that never hands
 * the same port out twice in one JVM; each is probed before it is returned.
 */
final class LocalPorts {

	private static final int FIRST = 12_000;

	private static final int LAST = 27_999;

	/** Starts somewhere different per process, so concurrent builds rarely meet. */
	private static final AtomicInteger NEXT = new AtomicInteger((int) (ProcessHandle.current().pid() % 80) * 200);

	private LocalPorts() {
	}

	/** A port no one listened on a moment ago and that this JVM has not handed out. */
	static int free() {
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
