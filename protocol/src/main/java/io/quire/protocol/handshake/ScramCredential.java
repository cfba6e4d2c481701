package io.quire.protocol.handshake;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a server keeps to authenticate a user with SCRAM-SHA-256, never the password
 * itself.
 * <p>
 * Passwords are used as their UTF-8 bytes, without normalisation: RethinkDB 2.4 hashes
 * the raw password and the official drivers send it raw, so Quire does the same (no
 * SASLprep).
 *
 * @param salt the salt of the PBKDF2 hash
 * @param iterations the PBKDF2 iteration count
 * @param storedKey {@code SHA-256(HMAC(SaltedPassword, "Client Key"))}
 * @param serverKey {@code HMAC(SaltedPassword, "Server Key")}
 */
public record ScramCredential(byte[] salt, int iterations, byte[] storedKey, byte[] serverKey) {

	/** RethinkDB's default iteration count. */
	public static final int DEFAULT_ITERATIONS = 4096;

	/** RethinkDB's salt length, in bytes. */
	public static final int SALT_LENGTH = 16;

	public ScramCredential {
		Objects.requireNonNull(salt, "salt must not be null");
		Objects.requireNonNull(storedKey, "storedKey must not be null");
		Objects.requireNonNull(serverKey, "serverKey must not be null");
		if (iterations < 1) {
			throw new IllegalArgumentException("iterations must be positive");
		}
	}

	/** A credential for the password with a random 16-byte salt and 4096 iterations. */
	public static ScramCredential fromPassword(String password) {
		return fromPassword(password, ScramCrypto.randomBytes(SALT_LENGTH), DEFAULT_ITERATIONS);
	}

	/** A credential for the password with the given salt and iteration count. */
	public static ScramCredential fromPassword(String password, byte[] salt, int iterations) {
		Objects.requireNonNull(password, "password must not be null");
		if (iterations < 1) {
			throw new IllegalArgumentException("iterations must be positive");
		}
		return fromSaltedPassword(ScramCrypto.saltedPassword(password, salt, iterations), salt, iterations);
	}

	/**
	 * A credential from a stored PBKDF2-HMAC-SHA256 hash (what RethinkDB keeps per user).
	 */
	public static ScramCredential fromSaltedPassword(byte[] saltedPassword, byte[] salt, int iterations) {
		byte[] storedKey = ScramCrypto.sha256(ScramCrypto.hmac(saltedPassword, "Client Key"));
		byte[] serverKey = ScramCrypto.hmac(saltedPassword, "Server Key");
		return new ScramCredential(salt.clone(), iterations, storedKey, serverKey);
	}

	/** Whether the password gives this credential's keys. */
	public boolean matches(String password) {
		ScramCredential other = fromPassword(password, this.salt, this.iterations);
		return MessageDigest.isEqual(this.storedKey, other.storedKey);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof ScramCredential that) && this.iterations == that.iterations
				&& Arrays.equals(this.salt, that.salt) && Arrays.equals(this.storedKey, that.storedKey)
				&& Arrays.equals(this.serverKey, that.serverKey);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.salt) + Arrays.hashCode(this.storedKey);
	}

	@Override
	public String toString() {
		return "ScramCredential[iterations=" + this.iterations + ", keys masked]";
	}

}
