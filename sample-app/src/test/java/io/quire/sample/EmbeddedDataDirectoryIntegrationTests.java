package io.quire.sample;

import java.nio.file.Path;

import io.quire.sample.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code --quire.embedded.data-dir} the embedded engine keeps the books on disk, so
 * a restarted app still has them.
 */
class EmbeddedDataDirectoryIntegrationTests {

	@TempDir
	Path data;

	@Test
	void booksShouldOutliveTheAppWhenTheEmbeddedEngineHasADataDirectory() {
		String location;
		try (ConfigurableApplicationContext first = start()) {
			Response created = api(first).post("/books", """
					{"title": "Kindred", "author": "Octavia E. Butler", "published": "1979-06-01"}""");
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			location = created.header("Location").replaceFirst("^http://[^/]+", "");
		}
		try (ConfigurableApplicationContext second = start()) {
			Response fetched = api(second).get(location);
			assertThat(fetched.status()).as(fetched.toString()).isEqualTo(200);
			assertThat(fetched.body().get("title").asString()).isEqualTo("Kindred");
		}
	}

	private ConfigurableApplicationContext start() {
		return SpringApplication.run(SampleApplication.class, "--server.port=0",
				"--quire.embedded.data-dir=" + this.data, "--spring.jmx.enabled=false");
	}

	private static ApiClient api(ConfigurableApplicationContext context) {
		return ApiClient.onLocalPort(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
	}

}
