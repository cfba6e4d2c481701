package io.quire.engine.http;

import java.net.Socket;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import org.jspecify.annotations.Nullable;

/**
 * The two JDK HTTP clients {@code r.http} shares, each made on first use: one that
 * verifies certificates and host names against the JVM's trust store, one for
 * {@code verify: false} that accepts any. Both speak HTTP/1.1 and follow no redirects
 * themselves, since {@code r.http} counts and checks each one.
 */
final class HttpClients {

	private HttpClients() {
	}

	static HttpClient get(boolean verify) {
		return verify ? Verifying.CLIENT : Trusting.CLIENT;
	}

	private static HttpClient build(@Nullable SSLContext sslContext) {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER);
		if (sslContext != null) {
			builder.sslContext(sslContext);
		}
		return builder.build();
	}

	private static SSLContext trustingContext() {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { new TrustingManager() }, null);
			return context;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The JDK cannot make a TLS context", ex);
		}
	}

	private static final class Verifying {

		static final HttpClient CLIENT = build(null);

	}

	private static final class Trusting {

		static final HttpClient CLIENT = build(trustingContext());

	}

	/** Accepts every certificate and host name: {@code verify: false}. */
	private static final class TrustingManager extends X509ExtendedTrustManager {

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
		}

		@Override
		public void checkClientTrusted(X509Certificate[] chain, String authType) {
		}

		@Override
		public void checkServerTrusted(X509Certificate[] chain, String authType) {
		}

		@Override
		public X509Certificate[] getAcceptedIssuers() {
			return new X509Certificate[0];
		}

	}

}
