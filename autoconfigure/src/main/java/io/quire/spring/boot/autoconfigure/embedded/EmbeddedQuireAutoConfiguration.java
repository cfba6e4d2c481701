package io.quire.spring.boot.autoconfigure.embedded;

import io.quire.engine.QuireServer;
import io.quire.spring.boot.autoconfigure.QuireAutoConfiguration;
import io.quire.spring.boot.autoconfigure.QuireConnectionDetails;
import io.quire.spring.boot.autoconfigure.QuireProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration that starts an embedded Quire engine when
 * {@code quire.embedded.enabled=true} and quire-engine is on the classpath. It runs
 * before {@link QuireAutoConfiguration}, so the {@code ConnectionFactory} connects to the
 * engine through {@link EmbeddedQuireConnectionDetails}. The engine keeps its data in
 * memory unless {@code quire.embedded.data-dir} is set, creates the database of
 * {@code quire.database} if it is missing, and stops with the context.
 */
@AutoConfiguration(before = QuireAutoConfiguration.class)
@ConditionalOnClass(QuireServer.class)
@ConditionalOnBooleanProperty("quire.embedded.enabled")
@EnableConfigurationProperties(QuireProperties.class)
public final class EmbeddedQuireAutoConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedQuireAutoConfiguration.class);

	static final String BIND_ADDRESS = "127.0.0.1";

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	QuireServer quireServer(QuireProperties properties) {
		QuireServer server = new EmbeddedServerFactory(properties).start();
		logger.info("Embedded Quire engine listening on " + BIND_ADDRESS + ":" + server.port());
		return server;
	}

	@Bean
	@ConditionalOnMissingBean(QuireConnectionDetails.class)
	EmbeddedQuireConnectionDetails embeddedQuireConnectionDetails(QuireServer quireServer, QuireProperties properties) {
		return new EmbeddedQuireConnectionDetails(quireServer, properties);
	}

}
