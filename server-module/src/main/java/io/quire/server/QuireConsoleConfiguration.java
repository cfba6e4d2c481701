package io.quire.server;

import io.quire.console.ConsoleConfiguration;
import io.quire.console.ConsoleOptions;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The web console at {@code /} on {@code server.port}, unless
 * {@code quire.server.console.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "quire.server.console.enabled", matchIfMissing = true)
@Import(ConsoleConfiguration.class)
class QuireConsoleConfiguration {

	@Bean
	ConsoleOptions quireConsoleOptions(QuireServerProperties properties) {
		QuireServerProperties.Console console = properties.getConsole();
		return new ConsoleOptions(console.getSessionTimeout(), console.getMaxCursorsPerSession(),
				console.isAutoSignIn());
	}

}
