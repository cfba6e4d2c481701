package io.quire.driver.testing;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority made for one test run, issuing server and client certificates
 * and revocation lists, written as PEM files.
 */
public final class TestCertificates {

	private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

	private final Path directory;

	private final String name;

	private final KeyPair caKeys;

	private final X509Certificate caCertificate;

	/** A PEM certificate file and its PKCS#8 key file. */
	public record Issued(Path certificate, Path key, BigInteger serial) {
	}

	private TestCertificates(Path directory, String name) throws GeneralSecurityException, OperatorCreationException {
		this.directory = directory;
		this.name = name;
		this.caKeys = newKeys();
		X509v3CertificateBuilder builder = builder(new X500Name("CN=" + name), this.caKeys, new X500Name("CN=" + name));
		try {
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
		}
		catch (IOException ex) {
			throw new GeneralSecurityException(ex);
		}
		this.caCertificate = sign(builder);
	}

	/** A new certificate authority whose files go into the directory. */
	public static TestCertificates authority(Path directory, String name) {
		try {
			return new TestCertificates(directory, name);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The CA certificate as a PEM file. */
	public Path caFile() {
		return write(this.name + "-ca.pem", pem("CERTIFICATE", encoded(this.caCertificate)));
	}

	/**
	 * A certificate for the host names and IP addresses (usable by servers and clients).
	 */
	public Issued issue(String fileName, String... hosts) {
		try {
			KeyPair keys = newKeys();
			X509v3CertificateBuilder builder = builder(new X500Name("CN=" + this.name), keys,
					new X500Name("CN=" + fileName));
			GeneralName[] names = new GeneralName[hosts.length];
			for (int i = 0; i < hosts.length; i++) {
				int type = Character.isDigit(hosts[i].charAt(0)) ? GeneralName.iPAddress : GeneralName.dNSName;
				names[i] = new GeneralName(type, hosts[i]);
			}
			builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
			builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(
					new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth }));
			X509Certificate certificate = sign(builder);
			Path certificateFile = write(fileName + ".pem", pem("CERTIFICATE", encoded(certificate)));
			Path keyFile = write(fileName + "-key.pem", pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
			return new Issued(certificateFile, keyFile, certificate.getSerialNumber());
		}
		catch (GeneralSecurityException | IOException | OperatorCreationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A revocation list of this authority revoking the serial numbers. */
	public Path revocationList(BigInteger... revoked) {
		try {
			Date now = Date.from(Instant.now().minus(Duration.ofMinutes(1)));
			X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(this.caCertificate, now);
			builder.setNextUpdate(Date.from(Instant.now().plus(Duration.ofDays(1))));
			for (BigInteger serial : revoked) {
				builder.addCRLEntry(serial, now, CRLReason.keyCompromise);
			}
			X509CRLHolder crl = builder.build(signer());
			return write(this.name + "-crl.pem", pem("X509 CRL", crl.getEncoded()));
		}
		catch (IOException | OperatorCreationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private X509v3CertificateBuilder builder(X500Name issuer, KeyPair subjectKeys, X500Name subject) {
		Instant now = Instant.now();
		return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIALS.incrementAndGet()),
				Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject,
				subjectKeys.getPublic());
	}

	private X509Certificate sign(X509v3CertificateBuilder builder)
			throws GeneralSecurityException, OperatorCreationException {
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer()));
	}

	private ContentSigner signer() throws OperatorCreationException {
		return new JcaContentSignerBuilder("SHA256withECDSA").build(this.caKeys.getPrivate());
	}

	private static KeyPair newKeys() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		return generator.generateKeyPair();
	}

	private static byte[] encoded(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	private Path write(String fileName, String content) {
		try {
			return Files.writeString(this.directory.resolve(fileName), content);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
