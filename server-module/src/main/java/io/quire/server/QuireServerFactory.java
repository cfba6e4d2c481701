package io.quire.server;

import io.quire.engine.QueryListener;
import io.quire.engine.QuireServer;

import org.springframework.util.unit.DataSize;

/**
 * Turns validated {@link QuireServerProperties} into an engine {@link QuireServer}, not
 * yet started.
 */
final class QuireServerFactory {

	private QuireServerFactory() {
	}

	static QuireServer create(QuireServerProperties properties, QueryListener queryListener) {
		QuireServer.Builder builder = QuireServer.builder()
			.port(properties.getDriverPort())
			.bindAddress(properties.getBindAddress())
			.dataDirectory(properties.getDataDir())
			.initialPassword(properties.getInitialPassword())
			.maxConnections(properties.getMaxConnections())
			.maxNestingDepth(properties.getMaxNestingDepth())
			.handshakeTimeout(properties.getHandshakeTimeout())
			.frameReadTimeout(properties.getFrameReadTimeout())
			.shutdownTimeout(properties.getShutdownTimeout())
			.httpEnabled(properties.getHttp().isEnabled())
			.httpAllowedHosts(properties.getHttp().getAllowedHosts())
			.queryListener(queryListener)
			.fatalErrorHandler(new FatalErrorExit());
		DataSize maxFrameSize = properties.getMaxFrameSize();
		if (maxFrameSize != null) {
			builder.maxFrameSize((int) maxFrameSize.toBytes());
		}
		DataSize maxQueryMemory = properties.getMaxQueryMemory();
		if (maxQueryMemory != null) {
			builder.maxQueryMemory(maxQueryMemory.toBytes());
		}
		applyTls(builder, properties.getTls());
		properties.getCluster().toOptions().ifPresent(builder::cluster);
		return builder.build();
	}

	private static void applyTls(QuireServer.Builder builder, QuireServerProperties.Tls tls) {
		if (tls.getCertificate() == null || tls.getPrivateKey() == null) {
			return;
		}
		builder.tls(tls.getCertificate(), tls.getPrivateKey());
		if (tls.getClientCa() != null) {
			builder.tlsClientCertificates(tls.getClientCa());
		}
	}

}
