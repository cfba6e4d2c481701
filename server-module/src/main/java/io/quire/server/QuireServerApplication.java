package io.quire.server;

import io.quire.tools.QuireTools;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Runs a Quire server: the engine on the driver port, Actuator on the HTTP port. With
 * {@code dump}, {@code restore}, {@code import}, {@code export} or {@code --help} first,
 * runs that tool instead (no server, no Spring context).
 */
@SpringBootApplication
public class QuireServerApplication {

	public static void main(String[] args) {
		if (QuireTools.isToolCommand(args)) {
			System.setProperty("logback.configurationFile", "quire-tools-logback.xml");
			QuireTools.main(args);
			return;
		}
		FatalErrorExit.installForUncaughtErrors();
		SpringApplication.run(QuireServerApplication.class, args);
	}

}
