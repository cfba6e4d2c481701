package io.quire.e2e.spring;

import io.micrometer.observation.tck.TestObservationRegistry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The application: the starter's auto-configuration, both kinds of repositories, and a
 * test registry that records every {@code quire.query} observation.
 */
@SpringBootApplication
public class E2eSpringApplication {

	@Bean
	TestObservationRegistry observationRegistry() {
		return TestObservationRegistry.create();
	}

}
