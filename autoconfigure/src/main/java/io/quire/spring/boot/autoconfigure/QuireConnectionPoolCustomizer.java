package io.quire.spring.boot.autoconfigure;

import io.quire.driver.pool.PoolOptions;

/**
 * Callback that changes the auto-configured pool's {@link PoolOptions} after the
 * {@code quire.pool.*} properties were applied. Customizers run in {@code @Order} /
 * {@link org.springframework.core.Ordered} order.
 */
@FunctionalInterface
public interface QuireConnectionPoolCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder of the pool options
	 */
	void customize(PoolOptions.Builder builder);

}
