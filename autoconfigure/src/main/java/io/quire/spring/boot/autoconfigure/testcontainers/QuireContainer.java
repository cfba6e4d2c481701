package io.quire.spring.boot.autoconfigure.testcontainers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Testcontainers container running the Quire server image built from server-module's
 * Dockerfile ({@code quire/quire-server}). It listens on all interfaces inside the
 * container, waits for the server's "Quire ready" log line, and hands out the mapped
 * driver port and a connection URI. Use it with {@code @ServiceConnection} to point the
 * auto-configured {@code ConnectionFactory} at it.
 */
public class QuireContainer extends GenericContainer<QuireContainer> {

	/** Image repository of the Quire server. */
	public static final String IMAGE = "quire/quire-server";

	/** Driver port inside the container. */
	public static final int DRIVER_PORT = 28015;

	/** HTTP (Actuator) port inside the container. */
	public static final int HTTP_PORT = 8080;

	private static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse(IMAGE);

	private String password = "";

	/**
	 * A container of {@code quire/quire-server:latest}.
	 */
	public QuireContainer() {
		this(DEFAULT_IMAGE_NAME.withTag("latest"));
	}

	/**
	 * A container of the given image, such as {@code quire/quire-server:0.1.0}.
	 * @param imageName the image name, compatible with {@code quire/quire-server}
	 */
	public QuireContainer(String imageName) {
		this(DockerImageName.parse(imageName));
	}

	/**
	 * A container of the given image.
	 * @param imageName the image name, compatible with {@code quire/quire-server}
	 */
	public QuireContainer(DockerImageName imageName) {
		super(imageName);
		imageName.assertCompatibleWith(DEFAULT_IMAGE_NAME);
		withExposedPorts(DRIVER_PORT, HTTP_PORT);
		withEnv("QUIRE_SERVER_BIND_ADDRESS", "0.0.0.0");
		waitingFor(Wait.forLogMessage(".*Quire ready on .*", 1).withStartupTimeout(Duration.ofMinutes(2)));
	}

	/**
	 * Set the admin user's password on the server's first start.
	 * @param password the password
	 * @return this container
	 */
	public QuireContainer withPassword(String password) {
		this.password = password;
		return withEnv("QUIRE_SERVER_INITIAL_PASSWORD", password);
	}

	/**
	 * The user to log in as.
	 * @return always {@code admin}
	 */
	public String getUsername() {
		return "admin";
	}

	/**
	 * The admin user's password.
	 * @return the password, empty unless {@link #withPassword(String)} was called
	 */
	public String getPassword() {
		return this.password;
	}

	/**
	 * The host port mapped to the driver port.
	 * @return the mapped driver port
	 */
	public int getDriverPort() {
		return getMappedPort(DRIVER_PORT);
	}

	/**
	 * A URI for the driver, such as {@code rethinkdb://admin:@localhost:32768/test}.
	 * @return the connection URI of the running container
	 */
	public String getConnectionUri() {
		String password = URLEncoder.encode(this.password, StandardCharsets.UTF_8).replace("+", "%20");
		return "rethinkdb://" + getUsername() + ":" + password + "@" + getHost() + ":" + getDriverPort() + "/test";
	}

}
