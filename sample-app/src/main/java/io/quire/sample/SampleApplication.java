package io.quire.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the sample: a REST API for books stored in Quire, on the embedded engine
 * unless {@code quire.uri}, {@code quire.host}, {@code quire.port} or {@code quire.hosts}
 * points it at a separate server.
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
