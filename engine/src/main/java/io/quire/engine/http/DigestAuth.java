package io.quire.engine.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The {@code Authorization} header answering a server's {@code Digest} challenge (RFC
 * 7616: MD5, MD5-sess, SHA-256; qop {@code auth} or none).
 */
final class DigestAuth {

	private static final Pattern PARAMETER = Pattern
		.compile("([A-Za-z-]+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]*))");

	private static final SecureRandom RANDOM = new SecureRandom();

	private DigestAuth() {
	}

	/**
	 * The parameters of a {@code WWW-Authenticate: Digest ...} value, or {@code null}.
	 */
	static @Nullable Map<String, String> challenge(String header) {
		String trimmed = header.trim();
		if (!trimmed.regionMatches(true, 0, "Digest ", 0, 7)) {
			return null;
		}
		Map<String, String> parameters = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		Matcher matcher = PARAMETER.matcher(trimmed.substring(7));
		while (matcher.find()) {
			String value = (matcher.group(2) != null) ? matcher.group(2).replaceAll("\\\\(.)", "$1") : matcher.group(3);
			parameters.put(matcher.group(1), value);
		}
		return parameters.containsKey("nonce") ? parameters : null;
	}

	/** The header value for a request of {@code method} to {@code target}. */
	static String authorization(Map<String, String> challenge, HttpAuth auth, String method, URI target) {
		String algorithm = challenge.getOrDefault("algorithm", "MD5");
		String hashName = algorithm.toUpperCase(Locale.ROOT).startsWith("SHA-256") ? "SHA-256" : "MD5";
		String realm = challenge.getOrDefault("realm", "");
		String nonce = challenge.get("nonce");
		String uri = (target.getRawQuery() != null) ? target.getRawPath() + "?" + target.getRawQuery()
				: target.getRawPath();
		byte[] random = new byte[8];
		RANDOM.nextBytes(random);
		String cnonce = HexFormat.of().formatHex(random);
		String a1 = hash(hashName, auth.user() + ":" + realm + ":" + auth.password());
		if (algorithm.toLowerCase(Locale.ROOT).endsWith("-sess")) {
			a1 = hash(hashName, a1 + ":" + nonce + ":" + cnonce);
		}
		String a2 = hash(hashName, method + ":" + uri);
		boolean qop = challenge.containsKey("qop");
		String response = qop ? hash(hashName, a1 + ":" + nonce + ":00000001:" + cnonce + ":auth:" + a2)
				: hash(hashName, a1 + ":" + nonce + ":" + a2);
		StringBuilder header = new StringBuilder("Digest username=\"").append(auth.user())
			.append("\", realm=\"")
			.append(realm)
			.append("\", nonce=\"")
			.append(nonce)
			.append("\", uri=\"")
			.append(uri)
			.append("\", algorithm=")
			.append(algorithm)
			.append(", response=\"")
			.append(response)
			.append('"');
		if (qop) {
			header.append(", qop=auth, nc=00000001, cnonce=\"").append(cnonce).append('"');
		}
		if (challenge.containsKey("opaque")) {
			header.append(", opaque=\"").append(challenge.get("opaque")).append('"');
		}
		return header.toString();
	}

	private static String hash(String algorithm, String text) {
		try {
			byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK lacks " + algorithm, ex);
		}
	}

}
