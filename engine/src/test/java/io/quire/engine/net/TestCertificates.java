package io.quire.engine.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;

/**
 * Throw-away certificates made with the JDK's {@code keytool}: a CA ({@code ca}) that
 * signed a {@code server} and a {@code client} certificate (both valid for 127.0.0.1 and
 * localhost), and an unrelated CA ({@code stranger}). Written as PEM files (keys in
 * PKCS#8).
 */
final class TestCertificates {

	private static final String PASSWORD = "changeit";

	private final Path directory;

	private TestCertificates(Path directory) {
		this.directory = directory;
	}

	static TestCertificates create(Path directory) throws Exception {
		TestCertificates certificates = new TestCertificates(directory);
		certificates.inParallel(certificates.genkeypair("ca", "bc:c"), certificates.genkeypair("server", null),
				certificates.genkeypair("client", null), certificates.genkeypair("stranger", "bc:c"));
		certificates.inParallel(certificates.certreq("server"), certificates.certreq("client"));
		certificates.inParallel(certificates.gencert("server"), certificates.gencert("client"));
		for (String name : List.of("ca", "stranger")) {
			Files.writeString(certificates.certificate(name),
					pem("CERTIFICATE", certificates.load(name).getCertificate(name).getEncoded()));
		}
		certificates.writeKeyAndChain("server");
		certificates.writeKeyAndChain("client");
		return certificates;
	}

	/** The PEM certificate of a CA ({@code ca} or {@code stranger}). */
	Path certificate(String name) {
		return this.directory.resolve(name + ".pem");
	}

	Path chain(String name) {
		return this.directory.resolve(name + "-chain.pem");
	}

	Path key(String name) {
		return this.directory.resolve(name + "-key.pem");
	}

	/**
	 * A client context trusting the CA {@code trusted}, presenting {@code clientName}'s
	 * certificate if set.
	 */
	SSLContext clientContext(String trusted, @Nullable String clientName) throws IOException, GeneralSecurityException {
		KeyStore trustStore = emptyStore();
		trustStore.setCertificateEntry(trusted, certificates(certificate(trusted)).get(0));
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trustStore);
		KeyStore keyStore = emptyStore();
		if (clientName != null) {
			keyStore.setKeyEntry(clientName, privateKey(clientName), PASSWORD.toCharArray(),
					certificates(chain(clientName)).toArray(new Certificate[0]));
		}
		KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keys.init(keyStore, PASSWORD.toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
		return context;
	}

	private void writeKeyAndChain(String name) throws IOException, GeneralSecurityException {
		String chain = Files.readString(this.directory.resolve(name + ".crt")) + Files.readString(certificate("ca"));
		Files.writeString(chain(name), chain);
		Files.writeString(key(name), pem("PRIVATE KEY", privateKey(name).getEncoded()));
	}

	private PrivateKey privateKey(String name) throws IOException, GeneralSecurityException {
		return (PrivateKey) load(name).getKey(name, PASSWORD.toCharArray());
	}

	private KeyStore load(String name) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(this.directory.resolve(name + ".p12"))) {
			store.load(in, PASSWORD.toCharArray());
		}
		return store;
	}

	private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(null, null);
		return store;
	}

	private static List<Certificate> certificates(Path pem) throws IOException, GeneralSecurityException {
		try (InputStream in = Files.newInputStream(pem)) {
			return new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
		}
	}

	private static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	private List<String> genkeypair(String name, @Nullable String extension) {
		List<String> arguments = new ArrayList<>(List.of("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname",
				"secp256r1", "-dname", "CN=" + name, "-validity", "2", "-keystore", name + ".p12"));
		if (extension != null) {
			arguments.addAll(List.of("-ext", extension));
		}
		return arguments;
	}

	private List<String> certreq(String name) {
		return List.of("-certreq", "-alias", name, "-keystore", name + ".p12", "-file", name + ".csr");
	}

	private List<String> gencert(String name) {
		return List.of("-gencert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-infile", name + ".csr", "-outfile",
				name + ".crt", "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2");
	}

	@SafeVarargs
	private void inParallel(List<String>... commands) throws IOException, InterruptedException {
		List<Process> processes = new ArrayList<>();
		for (List<String> arguments : commands) {
			processes.add(keytool(arguments));
		}
		for (Process process : processes) {
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0) {
				throw new IOException("keytool failed: " + output);
			}
		}
	}

	private Process keytool(List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
		command.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
		command.addAll(arguments);
		command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD, "-noprompt"));
		return new ProcessBuilder(command).directory(this.directory.toFile()).redirectErrorStream(true).start();
	}

}
