package io.quire.engine.net;

import javax.net.ssl.SSLException;

import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.quire.engine.ServerOptions;
import io.quire.engine.ServerStartException;

/**
 * Builds the driver port's TLS context from PEM files: the server's certificate chain and
 * PKCS#8 key, and, when client certificates are required, the CA that must have signed
 * them.
 */
final class SslContexts {

	private SslContexts() {
	}

	static SslContext forServer(ServerOptions.Tls tls) {
		try {
			SslContextBuilder builder = SslContextBuilder.forServer(tls.certificateChain().toFile(),
					tls.privateKey().toFile());
			if (tls.clientCertificateAuthority() != null) {
				builder.trustManager(tls.clientCertificateAuthority().toFile()).clientAuth(ClientAuth.REQUIRE);
			}
			return builder.build();
		}
		catch (SSLException | IllegalArgumentException ex) {
			throw new ServerStartException("Cannot set up TLS from " + tls.certificateChain() + " and "
					+ tls.privateKey() + ": " + ex.getMessage(), ex);
		}
	}

}
