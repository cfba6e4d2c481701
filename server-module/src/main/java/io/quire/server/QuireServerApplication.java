package io.quire.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs a Quire server: the engine on the driver port, Actuator on the HTTP port.
 */
@SpringBootApplication
public class QuireServerApplication {

	public static void main(String[] args) {
		FatalErrorExit.installForUncaughtErrors();
		SpringApplication.run(QuireServerApplication.class, args);
	}

}
