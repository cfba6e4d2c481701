package io.quire.spring.boot.autoconfigure;

import io.quire.driver.ConnectionOptions;

/**
 * Callback that changes the auto-configured {@link ConnectionOptions} before the
 * {@code ConnectionFactory} is built. Customizers run in {@code @Order} /
 * {@link org.springframework.core.Ordered} order, after the connection details, the
 * {@code quire.*} properties and the SSL bundle have been applied.
 */
@FunctionalInterface
public interface QuireConnectionOptionsBuilderCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder of the connection options
	 */
	void customize(ConnectionOptions.Builder builder);

}
