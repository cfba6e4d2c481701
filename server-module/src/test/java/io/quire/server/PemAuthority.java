package io.quire.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throwaway certificate authority for TLS tests: it signs certificates for loopback and
 * writes them, their PKCS#8 keys and its own certificate as PEM files into a directory.
 */
final class PemAuthority {

	private final Path directory;

	private final KeyPair keys = ellipticCurveKeys();

	private final X500Name name = new X500Name("CN=Quire server test CA");

	private final X509CertificateHolder certificate;

	private long serial = 1;

	/** A certificate and its private key, as PEM files. */
	record Pair(Path certificate, Path privateKey) {
	}

	PemAuthority(Path directory) {
		this.directory = directory;
		this.certificate = sign(this.name, this.keys,
				(builder) -> builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true)));
	}

	/**
	 * The authority's own certificate, the trust anchor of clients and of the server's
	 * client check.
	 */
	Path certificateFile() {
		return write("ca.pem", pem("CERTIFICATE", encoded(this.certificate)));
	}

	/**
	 * A certificate for {@code localhost} and {@code 127.0.0.1}, fit for a server or a
	 * client.
	 */
	Pair issueForLoopback(String fileName) {
		KeyPair subject = ellipticCurveKeys();
		X509CertificateHolder issued = sign(new X500Name("CN=" + fileName), subject,
				(builder) -> builder.addExtension(Extension.subjectAlternativeName, false,
						new GeneralNames(new GeneralName[] { new GeneralName(GeneralName.dNSName, "localhost"),
								new GeneralName(GeneralName.iPAddress, "127.0.0.1") })));
		return new Pair(write(fileName + ".pem", pem("CERTIFICATE", encoded(issued))),
				write(fileName + "-key.pem", pem("PRIVATE KEY", subject.getPrivate().getEncoded())));
	}

	private X509CertificateHolder sign(X500Name subject, KeyPair subjectKeys, Extensions extensions) {
		Instant now = Instant.now();
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(this.name, BigInteger.valueOf(this.serial++),
				Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(1))), subject,
				subjectKeys.getPublic());
		try {
			extensions.add(builder);
			return builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(this.keys.getPrivate()));
		}
		catch (IOException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot sign a test certificate", ex);
		}
	}

	private static KeyPair ellipticCurveKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(256);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] encoded(X509CertificateHolder holder) {
		try {
			return holder.getEncoded();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String pem(String label, byte[] der) {
		String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
	}

	private Path write(String fileName, String content) {
		try {
			return Files.writeString(this.directory.resolve(fileName), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Extensions added to a certificate before it is signed. */
	@FunctionalInterface
	private interface Extensions {

		void add(X509v3CertificateBuilder builder) throws IOException;

	}

}
