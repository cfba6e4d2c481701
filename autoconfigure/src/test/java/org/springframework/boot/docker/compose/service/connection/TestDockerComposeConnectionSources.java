package org.springframework.boot.docker.compose.service.connection;

import org.springframework.boot.docker.compose.core.RunningService;
import org.springframework.mock.env.MockEnvironment;

/**
 * Test helper that builds a {@link DockerComposeConnectionSource}, whose constructor is
 * package-private, so that connection details factories can be tested without Docker.
 */
public final class TestDockerComposeConnectionSources {

	private TestDockerComposeConnectionSources() {
	}

	/**
	 * A source for the given running service.
	 * @param service the service
	 * @return the source
	 */
	public static DockerComposeConnectionSource of(RunningService service) {
		return new DockerComposeConnectionSource(service, new MockEnvironment());
	}

}
