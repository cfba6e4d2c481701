package io.quire.spring.boot.autoconfigure;

import io.quire.driver.ClientResources;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two shapes of the auto-configured {@link ConnectionFactory}: a pool (the default)
 * or a plain factory that opens a connection per {@code connect()}.
 */
final class ConnectionFactoryConfigurations {

	private ConnectionFactoryConfigurations() {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "quire.pool.enabled", matchIfMissing = true)
	static class Pooled {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean(ConnectionFactory.class)
		ConnectionPool quireConnectionFactory(ConnectionOptions quireConnectionOptions, ClientResources resources,
				QuireProperties properties, ObjectProvider<QuireConnectionPoolCustomizer> customizers) {
			PoolOptions.Builder builder = poolOptions(properties.getPool());
			customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
			return ConnectionPool.create(quireConnectionOptions, builder.build(), resources);
		}

		private static PoolOptions.Builder poolOptions(QuireProperties.Pool pool) {
			PoolOptions.Builder builder = PoolOptions.builder();
			PropertyMapper map = PropertyMapper.get();
			map.from(pool::getInitialSize).to(builder::initialSize);
			map.from(pool::getMaxSize).to(builder::maxSize);
			map.from(pool::getMaxInFlight).to(builder::maxInFlight);
			map.from(pool::getMaxIdleTime).to(builder::maxIdleTime);
			map.from(pool::getMaxLifeTime).to(builder::maxLifeTime);
			map.from(pool::getMaxAcquireTime).to(builder::maxAcquireTime);
			map.from(pool::getValidation).to(builder::validation);
			map.from(pool::getLeakDetectionThreshold).to(builder::leakDetectionThreshold);
			return builder;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "quire.pool.enabled", havingValue = false)
	static class Unpooled {

		@Bean(destroyMethod = "close")
		@ConditionalOnMissingBean(ConnectionFactory.class)
		ConnectionFactory quireConnectionFactory(ConnectionOptions quireConnectionOptions, ClientResources resources) {
			return ConnectionFactory.create(quireConnectionOptions, resources);
		}

	}

}
