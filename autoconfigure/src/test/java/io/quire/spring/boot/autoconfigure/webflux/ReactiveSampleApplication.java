package io.quire.spring.boot.autoconfigure.webflux;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A minimal WebFlux application serving a reactive Quire repository, for end-to-end
 * tests. Run it with {@code spring.main.web-application-type=reactive}, since the test
 * classpath also holds Spring MVC.
 */
@SpringBootApplication
public class ReactiveSampleApplication {

}
