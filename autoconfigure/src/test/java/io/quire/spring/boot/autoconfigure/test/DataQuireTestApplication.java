package io.quire.spring.boot.autoconfigure.test;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Application the {@link DataQuireTest @DataQuireTest} tests of this package find.
 */
@SpringBootApplication
public class DataQuireTestApplication {

}
