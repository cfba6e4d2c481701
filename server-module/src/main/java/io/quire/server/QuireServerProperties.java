package io.quire.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Quire server, bound from {@code quire.server.*}. Field constraints are
 * checked by Bean Validation; {@link #validate(Object, Errors)} checks what spans fields.
 */
@ConfigurationProperties("quire.server")
@Validated
public class QuireServerProperties implements Validator {

	/**
	 * Port of the RethinkDB wire protocol; 0 picks any free port.
	 */
	@Min(0)
	@Max(65535)
	private int driverPort = 28015;

	/**
	 * Address the driver port binds to; 0.0.0.0 for every interface.
	 */
	@NotBlank
	private String bindAddress = "127.0.0.1";

	/**
	 * Directory of the durable store, created when missing.
	 */
	@NotNull
	private Path dataDir = Path.of("quire-data");

	/**
	 * Password given to the admin user when the server starts on an empty data directory.
	 */
	@NotNull
	private String initialPassword = "";

	/**
	 * File to write the bound driver port to once the server accepts connections; deleted
	 * on shutdown.
	 */
	private @Nullable Path portFile;

	/**
	 * Maximum number of open client connections; further clients are refused.
	 */
	@Positive
	private int maxConnections = 1024;

	/**
	 * Maximum size of one query frame; larger frames are refused. When unset, the
	 * engine's limit applies: 128MB minus one byte, as in RethinkDB.
	 */
	private @Nullable DataSize maxFrameSize;

	/**
	 * Deepest nesting of arrays and objects in a query and in a response alike, each
	 * counted over its whole JSON; a deeper query gets a client error, a deeper result a
	 * resource limit error.
	 */
	@Positive
	private int maxNestingDepth = 1024;

	/**
	 * Maximum heap one value a query builds may take (an array, grouped data, a sort
	 * buffer, a string); a query over it fails with a RESOURCE_LIMIT error, whatever its
	 * array_limit. When unset, a quarter of the JVM's maximum heap.
	 */
	private @Nullable DataSize maxQueryMemory;

	/**
	 * Time a client has to finish the handshake after connecting.
	 */
	@NotNull
	private Duration handshakeTimeout = Duration.ofSeconds(10);

	/**
	 * Time a query frame may take to arrive once its first byte has; a connection whose
	 * frame stays incomplete longer is closed. Connections idle between frames are not.
	 */
	@NotNull
	private Duration frameReadTimeout = Duration.ofSeconds(30);

	/**
	 * Time running queries get to finish when the server shuts down; those still running
	 * then are cancelled.
	 */
	@NotNull
	private Duration shutdownTimeout = Duration.ofSeconds(20);

	/**
	 * TLS on the driver port.
	 */
	@Valid
	private final Tls tls = new Tls();

	/**
	 * What queries may reach with r.http.
	 */
	@Valid
	private final Http http = new Http();

	/**
	 * The web console at / on server.port.
	 */
	@Valid
	private final Console console = new Console();

	/**
	 * Replication: membership of a group whose primary takes the writes.
	 */
	@NestedConfigurationProperty
	private final ClusterProperties cluster = new ClusterProperties();

	public int getDriverPort() {
		return this.driverPort;
	}

	public void setDriverPort(int driverPort) {
		this.driverPort = driverPort;
	}

	public String getBindAddress() {
		return this.bindAddress;
	}

	public void setBindAddress(String bindAddress) {
		this.bindAddress = bindAddress;
	}

	public Path getDataDir() {
		return this.dataDir;
	}

	public void setDataDir(Path dataDir) {
		this.dataDir = dataDir;
	}

	public String getInitialPassword() {
		return this.initialPassword;
	}

	public void setInitialPassword(String initialPassword) {
		this.initialPassword = initialPassword;
	}

	public @Nullable Path getPortFile() {
		return this.portFile;
	}

	public void setPortFile(@Nullable Path portFile) {
		this.portFile = portFile;
	}

	public int getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	public @Nullable DataSize getMaxFrameSize() {
		return this.maxFrameSize;
	}

	public void setMaxFrameSize(@Nullable DataSize maxFrameSize) {
		this.maxFrameSize = maxFrameSize;
	}

	public int getMaxNestingDepth() {
		return this.maxNestingDepth;
	}

	public void setMaxNestingDepth(int maxNestingDepth) {
		this.maxNestingDepth = maxNestingDepth;
	}

	public Duration getFrameReadTimeout() {
		return this.frameReadTimeout;
	}

	public void setFrameReadTimeout(Duration frameReadTimeout) {
		this.frameReadTimeout = frameReadTimeout;
	}

	public @Nullable DataSize getMaxQueryMemory() {
		return this.maxQueryMemory;
	}

	public void setMaxQueryMemory(@Nullable DataSize maxQueryMemory) {
		this.maxQueryMemory = maxQueryMemory;
	}

	public Duration getHandshakeTimeout() {
		return this.handshakeTimeout;
	}

	public void setHandshakeTimeout(Duration handshakeTimeout) {
		this.handshakeTimeout = handshakeTimeout;
	}

	public Duration getShutdownTimeout() {
		return this.shutdownTimeout;
	}

	public void setShutdownTimeout(Duration shutdownTimeout) {
		this.shutdownTimeout = shutdownTimeout;
	}

	public Tls getTls() {
		return this.tls;
	}

	public Http getHttp() {
		return this.http;
	}

	public Console getConsole() {
		return this.console;
	}

	public ClusterProperties getCluster() {
		return this.cluster;
	}

	@Override
	public boolean supports(Class<?> type) {
		return QuireServerProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		QuireServerProperties properties = (QuireServerProperties) target;
		rejectUnlessPositive(errors, "handshakeTimeout", properties.getHandshakeTimeout());
		rejectUnlessPositive(errors, "frameReadTimeout", properties.getFrameReadTimeout());
		rejectUnlessPositive(errors, "shutdownTimeout", properties.getShutdownTimeout());
		rejectUnlessFrameSizeFits(errors, properties.getMaxFrameSize());
		if (properties.getMaxQueryMemory() != null && properties.getMaxQueryMemory().toBytes() < 1) {
			errors.rejectValue("maxQueryMemory", "positive", "must be a positive size");
		}
		properties.getTls().validate(errors);
		rejectUnlessPositive(errors, "console.sessionTimeout", properties.getConsole().getSessionTimeout());
		properties.getCluster().validate(errors);
	}

	private static void rejectUnlessPositive(Errors errors, String field, @Nullable Duration value) {
		if (value != null && (value.isZero() || value.isNegative())) {
			errors.rejectValue(field, "positive", "must be a positive duration");
		}
	}

	private static void rejectUnlessFrameSizeFits(Errors errors, @Nullable DataSize value) {
		if (value != null && (value.toBytes() < 1 || value.toBytes() > Integer.MAX_VALUE)) {
			errors.rejectValue("maxFrameSize", "range", "must be between 1B and " + Integer.MAX_VALUE + "B");
		}
	}

	/**
	 * TLS settings of the driver port, files in PEM format.
	 */
	public static class Tls {

		/**
		 * Server certificate chain (PEM). Setting it turns TLS on.
		 */
		private @Nullable Path certificate;

		/**
		 * Private key of the server certificate (PEM, PKCS#8).
		 */
		private @Nullable Path privateKey;

		/**
		 * Certificate authority (PEM) that client certificates must be signed by; when
		 * set, clients must present one.
		 */
		private @Nullable Path clientCa;

		public @Nullable Path getCertificate() {
			return this.certificate;
		}

		public void setCertificate(@Nullable Path certificate) {
			this.certificate = certificate;
		}

		public @Nullable Path getPrivateKey() {
			return this.privateKey;
		}

		public void setPrivateKey(@Nullable Path privateKey) {
			this.privateKey = privateKey;
		}

		public @Nullable Path getClientCa() {
			return this.clientCa;
		}

		public void setClientCa(@Nullable Path clientCa) {
			this.clientCa = clientCa;
		}

		/** Whether TLS is configured. */
		public boolean isEnabled() {
			return this.certificate != null;
		}

		void validate(Errors errors) {
			rejectIfMissingPartner(errors, this.privateKey, this.certificate, "tls.certificate", "tls.private-key");
			rejectIfMissingPartner(errors, this.certificate, this.privateKey, "tls.privateKey", "tls.certificate");
			rejectIfMissingPartner(errors, this.clientCa, this.certificate, "tls.certificate", "tls.client-ca");
			rejectUnlessReadable(errors, "tls.certificate", this.certificate);
			rejectUnlessReadable(errors, "tls.privateKey", this.privateKey);
			rejectUnlessReadable(errors, "tls.clientCa", this.clientCa);
		}

		private static void rejectIfMissingPartner(Errors errors, @Nullable Path present, @Nullable Path partner,
				String partnerField, String presentName) {
			if (present != null && partner == null) {
				errors.rejectValue(partnerField, "required",
						"must be set when quire.server." + presentName + " is set");
			}
		}

		private static void rejectUnlessReadable(Errors errors, String field, @Nullable Path file) {
			if (file != null && !Files.isReadable(file)) {
				errors.rejectValue(field, "readable", "must be a readable file");
			}
		}

	}

	/**
	 * What queries may reach with r.http.
	 */
	public static class Http {

		/**
		 * Whether queries may send HTTP requests with r.http.
		 */
		private boolean enabled = true;

		/**
		 * Hosts r.http may send requests to, also on redirects and pages; an entry
		 * *.example.com admits every subdomain too. Empty admits every host.
		 */
		@NotNull
		private List<String> allowedHosts = new ArrayList<>();

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public List<String> getAllowedHosts() {
			return this.allowedHosts;
		}

		public void setAllowedHosts(List<String> allowedHosts) {
			this.allowedHosts = allowedHosts;
		}

	}

	/**
	 * The web console.
	 */
	public static class Console {

		/**
		 * Whether the server serves the web console and its API (/ and /console/**).
		 */
		private boolean enabled = true;

		/**
		 * How long a console session lives without a request.
		 */
		@NotNull
		private Duration sessionTimeout = Duration.ofMinutes(30);

		/**
		 * Most open cursors (long results, changefeeds) one console session may hold.
		 */
		@Positive
		private int maxCursorsPerSession = 32;

		/**
		 * Whether a browser on this machine is signed in as admin while admin has no
		 * password, as RethinkDB's console opens directly; the page says so.
		 */
		private boolean autoSignIn = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Duration getSessionTimeout() {
			return this.sessionTimeout;
		}

		public void setSessionTimeout(Duration sessionTimeout) {
			this.sessionTimeout = sessionTimeout;
		}

		public int getMaxCursorsPerSession() {
			return this.maxCursorsPerSession;
		}

		public void setMaxCursorsPerSession(int maxCursorsPerSession) {
			this.maxCursorsPerSession = maxCursorsPerSession;
		}

		public boolean isAutoSignIn() {
			return this.autoSignIn;
		}

		public void setAutoSignIn(boolean autoSignIn) {
			this.autoSignIn = autoSignIn;
		}

	}

}
