package io.quire.protocol.handshake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The primitives of SCRAM-SHA-256, from the JDK: PBKDF2-HMAC-SHA256, HMAC-SHA256,
 * SHA-256.
 */
final class ScramCrypto {

	static final int KEY_LENGTH = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private ScramCrypto() {
	}

	/** PBKDF2-HMAC-SHA256 of the password's UTF-8 bytes, 32 bytes long. */
	static byte[] saltedPassword(String password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_LENGTH * 8);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", ex);
		}
		finally {
			spec.clearPassword();
		}
	}

	static byte[] hmac(byte[] key, String message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	static byte[] xor(byte[] left, byte[] right) {
		byte[] result = new byte[left.length];
		for (int i = 0; i < result.length; i++) {
			result[i] = (byte) (left[i] ^ right[i]);
		}
		return result;
	}

	static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/** A nonce as both official drivers make it: base64 of 18 random bytes. */
	static String randomNonce() {
		return base64(randomBytes(18));
	}

	static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

	/** Decodes standard base64, failing with "Invalid encoding". */
	static byte[] fromBase64(String text) {
		try {
			return Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			throw HandshakeException.invalidEncoding();
		}
	}

}
