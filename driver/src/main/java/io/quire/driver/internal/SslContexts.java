package io.quire.driver.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CRL;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.EnumSet;

import javax.net.ssl.CertPathTrustManagerParameters;
import javax.net.ssl.TrustManagerFactory;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.quire.driver.QuireConnectionException;
import io.quire.driver.SslMode;
import io.quire.driver.TlsOptions;

/**
 * Builds the Netty client {@link SslContext} for {@link TlsOptions}: trust (the CA file,
 * a trust manager factory, the JVM's default, or none for
 * {@code require}/{@code prefer}/{@code allow}), an optional client certificate and key,
 * and an optional revocation list checked for the server's chain.
 */
public final class SslContexts {

	private SslContexts() {
	}

	/**
	 * The context for the options.
	 * @throws QuireConnectionException if a file cannot be read or holds no usable
	 * certificates
	 */
	public static SslContext create(TlsOptions tls) {
		try {
			SslContextBuilder builder = SslContextBuilder.forClient();
			builder.trustManager(trustManagers(tls));
			// Netty checks the host name by default; only verify-full asks for it.
			builder.endpointIdentificationAlgorithm((tls.mode() == SslMode.VERIFY_FULL) ? "HTTPS" : null);
			if (tls.keyManagerFactory() != null) {
				builder.keyManager(tls.keyManagerFactory());
			}
			else if (tls.clientCertificate() != null && tls.clientKey() != null) {
				builder.keyManager(tls.clientCertificate().toFile(), tls.clientKey().toFile(), tls.clientKeyPassword());
			}
			return builder.build();
		}
		catch (GeneralSecurityException | IOException | IllegalArgumentException ex) {
			throw new QuireConnectionException("Cannot set up TLS: " + ex.getMessage(), ex);
		}
	}

	private static TrustManagerFactory trustManagers(TlsOptions tls) throws GeneralSecurityException, IOException {
		if (!tls.mode().verifiesCertificate()) {
			return InsecureTrustManagerFactory.INSTANCE;
		}
		if (tls.trustManagerFactory() != null) {
			return tls.trustManagerFactory();
		}
		KeyStore trusted = (tls.caCertificates() != null) ? caStore(tls.caCertificates()) : null;
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		if (tls.revocationList() == null) {
			factory.init(trusted);
			return factory;
		}
		if (trusted == null) {
			trusted = defaultTrustStore();
		}
		factory.init(new CertPathTrustManagerParameters(revocationChecking(trusted, tls.revocationList())));
		return factory;
	}

	private static KeyStore caStore(Path caFile) throws GeneralSecurityException, IOException {
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		store.load(null, null);
		int index = 0;
		for (java.security.cert.Certificate certificate : readCertificates(caFile)) {
			store.setCertificateEntry("ca-" + index++, certificate);
		}
		if (index == 0) {
			throw new GeneralSecurityException("no certificate in " + caFile);
		}
		return store;
	}

	private static Collection<? extends java.security.cert.Certificate> readCertificates(Path file)
			throws GeneralSecurityException, IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return CertificateFactory.getInstance("X.509").generateCertificates(in);
		}
	}

	private static KeyStore defaultTrustStore() throws GeneralSecurityException, IOException {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init((KeyStore) null);
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		store.load(null, null);
		int index = 0;
		for (var manager : factory.getTrustManagers()) {
			if (manager instanceof javax.net.ssl.X509TrustManager x509) {
				for (X509Certificate certificate : x509.getAcceptedIssuers()) {
					store.setCertificateEntry("default-" + index++, certificate);
				}
			}
		}
		return store;
	}

	private static PKIXBuilderParameters revocationChecking(KeyStore trusted, Path crlFile)
			throws GeneralSecurityException, IOException {
		PKIXBuilderParameters parameters = new PKIXBuilderParameters(trusted, new X509CertSelector());
		parameters
			.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(readCrls(crlFile))));
		parameters.setRevocationEnabled(true);
		PKIXRevocationChecker checker = (PKIXRevocationChecker) CertPathBuilder.getInstance("PKIX")
			.getRevocationChecker();
		checker
			.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS, PKIXRevocationChecker.Option.NO_FALLBACK));
		parameters.addCertPathChecker(checker);
		return parameters;
	}

	private static Collection<? extends CRL> readCrls(Path file) throws GeneralSecurityException, IOException {
		try (InputStream in = Files.newInputStream(file)) {
			Collection<? extends CRL> crls = CertificateFactory.getInstance("X.509").generateCRLs(in);
			if (crls.isEmpty()) {
				throw new GeneralSecurityException("no revocation list in " + file);
			}
			return crls;
		}
	}

}
