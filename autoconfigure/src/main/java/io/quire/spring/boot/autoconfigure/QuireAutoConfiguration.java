package io.quire.spring.boot.autoconfigure;

import io.quire.driver.ClientResources;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of a Quire {@link ConnectionFactory}: a connection pool unless
 * {@code quire.pool.enabled=false}, connected through {@link QuireConnectionDetails}
 * (from {@code quire.*} properties unless another source supplies them), customized by
 * {@link QuireConnectionOptionsBuilderCustomizer}s, and closed with the context. Every
 * bean backs off when the application defines its own.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration")
@ConditionalOnClass(ConnectionFactory.class)
@EnableConfigurationProperties(QuireProperties.class)
@Import({ ConnectionFactoryConfigurations.Pooled.class, ConnectionFactoryConfigurations.Unpooled.class })
public final class QuireAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(QuireConnectionDetails.class)
	PropertiesQuireConnectionDetails quireConnectionDetails(QuireProperties properties,
			ObjectProvider<SslBundles> sslBundles) {
		return new PropertiesQuireConnectionDetails(properties, sslBundles.getIfAvailable());
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	ClientResources quireClientResources() {
		return ClientResources.create();
	}

	@Bean
	@ConditionalOnMissingBean
	ConnectionOptions quireConnectionOptions(QuireProperties properties, Environment environment,
			QuireConnectionDetails connectionDetails,
			ObjectProvider<QuireConnectionOptionsBuilderCustomizer> customizers) {
		String applicationName = environment.getProperty("spring.application.name");
		return new ConnectionOptionsInitializer(properties, applicationName).initialize(connectionDetails,
				customizers.orderedStream().toList());
	}

}
