package io.quire.engine.system;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The network facts {@code server_status} shows; ports are {@code null} where the server
 * does not listen.
 *
 * @param hostname the machine's host name
 * @param canonicalAddresses the addresses clients may reach the driver port on
 * @param reqlPort the bound driver port
 * @param httpAdminPort the HTTP port of the admin console, if any
 * @param clusterPort the port peers connect to, if any
 * @param timeConnected when the server started listening
 */
public record ServerNetwork(String hostname, List<String> canonicalAddresses, @Nullable Integer reqlPort,
		@Nullable Integer httpAdminPort, @Nullable Integer clusterPort, Instant timeConnected) {

	public ServerNetwork {
		canonicalAddresses = List.copyOf(canonicalAddresses);
	}

	/** The same facts with the HTTP port of the admin console. */
	public ServerNetwork withHttpAdminPort(@Nullable Integer port) {
		return new ServerNetwork(this.hostname, this.canonicalAddresses, this.reqlPort, port, this.clusterPort,
				this.timeConnected);
	}

	/** An engine that does not listen: no ports, this machine's host name. */
	public static ServerNetwork none(Instant startedAt) {
		return new ServerNetwork(localHostName(), List.of(), null, null, null, startedAt);
	}

	/** This machine's host name, or {@code localhost} when it cannot be told. */
	public static String localHostName() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			return "localhost";
		}
	}

}
