package io.quire.driver;

import java.nio.file.Path;
import java.util.Objects;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;

/**
 * TLS settings of a connection: the mode, the CA certificates the server must chain to,
 * an optional client certificate and key, and an optional certificate revocation list.
 * Files are PEM. Instead of files, a {@link TrustManagerFactory} or
 * {@link KeyManagerFactory} may be given (for example from a Spring Boot SSL bundle).
 * Immutable.
 */
public final class TlsOptions {

	private static final TlsOptions DISABLED = builder().build();

	private final SslMode mode;

	private final @Nullable Path caCertificates;

	private final @Nullable Path clientCertificate;

	private final @Nullable Path clientKey;

	private final @Nullable String clientKeyPassword;

	private final @Nullable Path revocationList;

	private final @Nullable TrustManagerFactory trustManagerFactory;

	private final @Nullable KeyManagerFactory keyManagerFactory;

	private TlsOptions(Builder builder) {
		this.mode = builder.mode;
		this.caCertificates = builder.caCertificates;
		this.clientCertificate = builder.clientCertificate;
		this.clientKey = builder.clientKey;
		this.clientKeyPassword = builder.clientKeyPassword;
		this.revocationList = builder.revocationList;
		this.trustManagerFactory = builder.trustManagerFactory;
		this.keyManagerFactory = builder.keyManagerFactory;
	}

	/** No TLS. */
	public static TlsOptions disabled() {
		return DISABLED;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** A builder holding these settings, to change some of them. */
	public Builder mutate() {
		return new Builder(this);
	}

	public SslMode mode() {
		return this.mode;
	}

	/** Whether any connection attempt may use TLS. */
	public boolean isEnabled() {
		return this.mode != SslMode.DISABLE;
	}

	public @Nullable Path caCertificates() {
		return this.caCertificates;
	}

	public @Nullable Path clientCertificate() {
		return this.clientCertificate;
	}

	public @Nullable Path clientKey() {
		return this.clientKey;
	}

	public @Nullable String clientKeyPassword() {
		return this.clientKeyPassword;
	}

	public @Nullable Path revocationList() {
		return this.revocationList;
	}

	public @Nullable TrustManagerFactory trustManagerFactory() {
		return this.trustManagerFactory;
	}

	public @Nullable KeyManagerFactory keyManagerFactory() {
		return this.keyManagerFactory;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof TlsOptions that && this.mode == that.mode
				&& Objects.equals(this.caCertificates, that.caCertificates)
				&& Objects.equals(this.clientCertificate, that.clientCertificate)
				&& Objects.equals(this.clientKey, that.clientKey)
				&& Objects.equals(this.clientKeyPassword, that.clientKeyPassword)
				&& Objects.equals(this.revocationList, that.revocationList)
				&& this.trustManagerFactory == that.trustManagerFactory
				&& this.keyManagerFactory == that.keyManagerFactory;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.mode, this.caCertificates, this.clientCertificate, this.clientKey,
				this.revocationList);
	}

	@Override
	public String toString() {
		return "TlsOptions{mode=" + this.mode.value() + ", caCertificates=" + this.caCertificates
				+ ", clientCertificate=" + this.clientCertificate + ", clientKey=" + this.clientKey
				+ ", clientKeyPassword=" + (this.clientKeyPassword == null ? null : "****") + ", revocationList="
				+ this.revocationList + "}";
	}

	/** Builds {@link TlsOptions}; every setter checks its argument at once. */
	public static final class Builder {

		private SslMode mode = SslMode.DISABLE;

		private @Nullable Path caCertificates;

		private @Nullable Path clientCertificate;

		private @Nullable Path clientKey;

		private @Nullable String clientKeyPassword;

		private @Nullable Path revocationList;

		private @Nullable TrustManagerFactory trustManagerFactory;

		private @Nullable KeyManagerFactory keyManagerFactory;

		private Builder() {
		}

		private Builder(TlsOptions options) {
			this.mode = options.mode;
			this.caCertificates = options.caCertificates;
			this.clientCertificate = options.clientCertificate;
			this.clientKey = options.clientKey;
			this.clientKeyPassword = options.clientKeyPassword;
			this.revocationList = options.revocationList;
			this.trustManagerFactory = options.trustManagerFactory;
			this.keyManagerFactory = options.keyManagerFactory;
		}

		/** The TLS mode ({@code sslmode}); default {@link SslMode#DISABLE}. */
		public Builder mode(SslMode mode) {
			this.mode = Objects.requireNonNull(mode, "sslmode must not be null");
			return this;
		}

		/**
		 * PEM file of the CA certificates the server must chain to ({@code ca_certs},
		 * {@code sslrootcert}). Without it, the JVM's default trust store is used.
		 * Setting it while the mode is {@code disable} switches the mode to
		 * {@code verify-full}, as RethinkDB's {@code ssl={'ca_certs':...}}.
		 */
		public Builder caCertificates(@Nullable Path caCertificates) {
			this.caCertificates = caCertificates;
			if (caCertificates != null && this.mode == SslMode.DISABLE) {
				this.mode = SslMode.VERIFY_FULL;
			}
			return this;
		}

		/**
		 * PEM file of the client certificate chain ({@code sslcert}); needs
		 * {@link #clientKey}.
		 */
		public Builder clientCertificate(@Nullable Path clientCertificate) {
			this.clientCertificate = clientCertificate;
			return this;
		}

		/** PEM file of the client's PKCS#8 private key ({@code sslkey}). */
		public Builder clientKey(@Nullable Path clientKey) {
			this.clientKey = clientKey;
			return this;
		}

		/** Password of an encrypted client key; none by default. */
		public Builder clientKeyPassword(@Nullable String clientKeyPassword) {
			this.clientKeyPassword = clientKeyPassword;
			return this;
		}

		/**
		 * PEM or DER file of a certificate revocation list checked for the server chain
		 * ({@code sslcrl}).
		 */
		public Builder revocationList(@Nullable Path revocationList) {
			this.revocationList = revocationList;
			return this;
		}

		/**
		 * Trust managers to verify the server with, instead of {@link #caCertificates}.
		 */
		public Builder trustManagerFactory(@Nullable TrustManagerFactory trustManagerFactory) {
			this.trustManagerFactory = trustManagerFactory;
			return this;
		}

		/**
		 * Key managers holding the client certificate, instead of
		 * {@link #clientCertificate}.
		 */
		public Builder keyManagerFactory(@Nullable KeyManagerFactory keyManagerFactory) {
			this.keyManagerFactory = keyManagerFactory;
			return this;
		}

		/**
		 * Check the settings together and build.
		 * @throws IllegalArgumentException if a client certificate comes without its key
		 * (or the other way round), or both a file and a factory are given for the same
		 * purpose
		 */
		public TlsOptions build() {
			if ((this.clientCertificate == null) != (this.clientKey == null)) {
				throw new IllegalArgumentException(
						"Invalid connection option 'sslcert': sslcert and sslkey must be given together");
			}
			if (this.caCertificates != null && this.trustManagerFactory != null) {
				throw new IllegalArgumentException(
						"Invalid connection option 'ca_certs': give CA certificates or a trust manager factory, not both");
			}
			if (this.clientCertificate != null && this.keyManagerFactory != null) {
				throw new IllegalArgumentException(
						"Invalid connection option 'sslcert': give a client certificate or a key manager factory, not both");
			}
			return new TlsOptions(this);
		}

	}

}
