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
		application().run(args);
	}

	/**
	 * The server's application from {@code sources} (this class first), with the engine
	 * started as soon as the environment is prepared ({@link EarlyEngineStart}).
	 */
	static SpringApplication application(Class<?>... sources) {
		Class<?>[] all = new Class<?>[sources.length + 1];
		all[0] = QuireServerApplication.class;
		System.arraycopy(sources, 0, all, 1, sources.length);
		SpringApplication application = new SpringApplication(all);
		application.addListeners(new EarlyEngineStart());
		return application;
	}

}
