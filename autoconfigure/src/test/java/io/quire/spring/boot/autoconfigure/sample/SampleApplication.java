package io.quire.spring.boot.autoconfigure.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal web application using the starter's auto-configuration, for end-to-end tests.
 */
@SpringBootApplication
public class SampleApplication {

}
