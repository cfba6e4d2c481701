package io.quire.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.quire.driver.ClientResources;
import io.quire.driver.ConnectionFactory;
import io.quire.driver.ConnectionOptions;
import io.quire.driver.HostAndPort;
import io.quire.driver.KeepaliveOptions;
import io.quire.driver.SslMode;
import io.quire.driver.TargetSessionAttrs;
import io.quire.driver.pool.ConnectionPool;
import io.quire.driver.pool.PoolOptions;
import io.quire.driver.pool.ValidationDepth;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

class QuireAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(QuireAutoConfiguration.class, SslAutoConfiguration.class));

	@Test
	void createsAConnectionPoolWithTheDefaultOptions() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(ConnectionPool.class)
				.hasSingleBean(PropertiesQuireConnectionDetails.class)
				.hasBean("quireConnectionFactory");
			ConnectionOptions options = context.getBean(ConnectionFactory.class).options();
			assertThat(options.hosts()).containsExactly(new HostAndPort("localhost", 28015));
			assertThat(options.database()).isEqualTo("test");
			assertThat(options.user()).isEqualTo("admin");
			assertThat(options.tls().isEnabled()).isFalse();
			assertThat(context.getBean(ConnectionPool.class).poolOptions().maxInFlight()).isEqualTo(8);
		});
	}

	@Test
	void backsOffWithoutTheDriver() {
		this.runner.withClassLoader(new FilteredClassLoader(ConnectionFactory.class))
			.run((context) -> assertThat(context).doesNotHaveBean(QuireProperties.class)
				.doesNotHaveBean("quireConnectionFactory"));
	}

	@Test
	void poolDisabledGivesAPlainFactory() {
		this.runner.withPropertyValues("quire.pool.enabled=false").run((context) -> {
			assertThat(context).hasSingleBean(ConnectionFactory.class).doesNotHaveBean(ConnectionPool.class);
			assertThat(context.getBean(ConnectionFactory.class).options().hosts())
				.containsExactly(new HostAndPort("localhost", 28015));
		});
	}

	@Test
	void poolPropertiesAreApplied() {
		this.runner
			.withPropertyValues("quire.pool.initial-size=2", "quire.pool.max-size=7", "quire.pool.max-idle-time=5m",
					"quire.pool.max-life-time=1h", "quire.pool.max-acquire-time=3s", "quire.pool.validation=remote",
					"quire.pool.leak-detection-threshold=20s", "quire.pool.max-in-flight=6")
			.run((context) -> {
				PoolOptions pool = context.getBean(ConnectionPool.class).poolOptions();
				assertThat(pool.initialSize()).isEqualTo(2);
				assertThat(pool.maxSize()).isEqualTo(7);
				assertThat(pool.maxInFlight()).isEqualTo(6);
				assertThat(pool.maxIdleTime()).isEqualTo(Duration.ofMinutes(5));
				assertThat(pool.maxLifeTime()).isEqualTo(Duration.ofHours(1));
				assertThat(pool.maxAcquireTime()).isEqualTo(Duration.ofSeconds(3));
				assertThat(pool.validation()).isEqualTo(ValidationDepth.REMOTE);
				assertThat(pool.leakDetectionThreshold()).isEqualTo(Duration.ofSeconds(20));
			});
	}

	@Test
	void poolCustomizersRunInOrderAfterTheProperties() {
		this.runner.withPropertyValues("quire.pool.max-size=7")
			.withUserConfiguration(PoolCustomizers.class)
			.run((context) -> assertThat(context.getBean(ConnectionPool.class).poolOptions().maxSize()).isEqualTo(9));
	}

	@Test
	void invalidPoolSizesFailAtStartup() {
		this.runner.withPropertyValues("quire.pool.initial-size=5", "quire.pool.max-size=2")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("initial-size"));
	}

	@Test
	void connectionFactoryIsClosedWithTheContext() {
		this.runner.run((context) -> {
			ConnectionPool pool = context.getBean(ConnectionPool.class);
			assertThat(pool.isClosed()).isFalse();
			context.close();
			assertThat(pool.isClosed()).isTrue();
		});
	}

	@Test
	void tuningPropertiesAreApplied() {
		this.runner
			.withPropertyValues("quire.connect-timeout=3s", "quire.network-timeout=7s", "quire.application-name=orders",
					"quire.target-session-attrs=read-write", "quire.read-mode=majority", "quire.durability=soft",
					"quire.time-zone-aware=false", "quire.keepalive.idle=60s", "quire.keepalive.interval=5s",
					"quire.keepalive.count=4")
			.run((context) -> {
				ConnectionOptions options = context.getBean(ConnectionOptions.class);
				assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
				assertThat(options.networkTimeout()).isEqualTo(Duration.ofSeconds(7));
				assertThat(options.applicationName()).isEqualTo("orders");
				assertThat(options.targetSessionAttrs()).isEqualTo(TargetSessionAttrs.READ_WRITE);
				assertThat(options.sessionOptions()).containsEntry("read_mode", "majority")
					.containsEntry("durability", "soft");
				assertThat(options.timeZoneAware()).isFalse();
				assertThat(options.keepalive())
					.isEqualTo(new KeepaliveOptions(true, Duration.ofSeconds(60), Duration.ofSeconds(5), 4));
			});
	}

	@Test
	void failoverPropertiesAreApplied() {
		this.runner
			.withPropertyValues("quire.hosts=db1:28015,db2:28016", "quire.target-session-attrs=primary",
					"quire.read-mode=single", "quire.retry-reads=true")
			.run((context) -> {
				ConnectionOptions options = context.getBean(ConnectionOptions.class);
				assertThat(options.hosts()).extracting(Object::toString).containsExactly("db1:28015", "db2:28016");
				assertThat(options.targetSessionAttrs()).isEqualTo(TargetSessionAttrs.PRIMARY);
				assertThat(options.sessionOptions()).containsEntry("read_mode", "single");
				assertThat(options.retryReads()).isTrue();
			});
	}

	@Test
	void slaveOkayPrefersAStandbyWithOutdatedReadsUnlessTheyAreSet() {
		this.runner.withPropertyValues("quire.hosts=db1,db2", "quire.slave-okay=true").run((context) -> {
			ConnectionOptions options = context.getBean(ConnectionOptions.class);
			assertThat(options.targetSessionAttrs()).isEqualTo(TargetSessionAttrs.PREFER_STANDBY);
			assertThat(options.sessionOptions()).containsEntry("read_mode", "outdated");
			assertThat(options.retryReads()).isFalse();
		});
		this.runner.withPropertyValues("quire.slave-okay=true", "quire.read-mode=majority").run((context) -> {
			ConnectionOptions options = context.getBean(ConnectionOptions.class);
			assertThat(options.sessionOptions()).containsEntry("read_mode", "majority");
		});
	}

	@Test
	void tuningPropertiesOverrideTheUri() {
		this.runner
			.withPropertyValues("quire.uri=rethinkdb://db1/orders?timeout=30s&keepalives=0", "quire.connect-timeout=2s")
			.run((context) -> {
				ConnectionOptions options = context.getBean(ConnectionOptions.class);
				assertThat(options.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
				assertThat(options.keepalive().enabled()).isFalse();
				assertThat(options.database()).isEqualTo("orders");
			});
	}

	@Test
	void springApplicationNameIsTheFallbackApplicationName() {
		this.runner.withPropertyValues("spring.application.name=billing").run((context) -> {
			ConnectionOptions options = context.getBean(ConnectionOptions.class);
			assertThat(options.fallbackApplicationName()).isEqualTo("billing");
			assertThat(options.effectiveApplicationName()).isEqualTo("billing");
		});
	}

	@Test
	void applicationNameWinsOverTheSpringApplicationName() {
		this.runner.withPropertyValues("spring.application.name=billing", "quire.application-name=invoices")
			.run((context) -> assertThat(context.getBean(ConnectionOptions.class).effectiveApplicationName())
				.isEqualTo("invoices"));
	}

	@Test
	void applicationNameInTheUriWinsOverTheSpringApplicationName() {
		this.runner
			.withPropertyValues("spring.application.name=billing",
					"quire.uri=rethinkdb://db1/orders?application_name=reports")
			.run((context) -> assertThat(context.getBean(ConnectionOptions.class).effectiveApplicationName())
				.isEqualTo("reports"));
	}

	@Test
	void explicitFallbackApplicationNameWinsOverTheSpringApplicationName() {
		this.runner.withPropertyValues("spring.application.name=billing", "quire.fallback-application-name=batch")
			.run((context) -> assertThat(context.getBean(ConnectionOptions.class).fallbackApplicationName())
				.isEqualTo("batch"));
	}

	@Test
	void hostaddrClientEncodingAndDocumentClassAreBound() {
		this.runner
			.withPropertyValues("quire.hosts=db1:28015,db2:28016", "quire.hostaddr=10.0.0.1,10.0.0.2",
					"quire.client-encoding=utf-8", "quire.document-class=java.util.TreeMap")
			.run((context) -> {
				ConnectionOptions options = context.getBean(ConnectionOptions.class);
				assertThat(options.hostAddresses()).containsExactly("10.0.0.1", "10.0.0.2");
				assertThat(options.clientEncoding()).isEqualTo("UTF8");
				assertThat(options.documentClass()).isEqualTo(java.util.TreeMap.class);
			});
	}

	@Test
	void hostaddrOfAnotherLengthThanTheHostsFailsNamingTheOption() {
		this.runner.withPropertyValues("quire.hosts=db1:28015,db2:28016", "quire.hostaddr=10.0.0.1")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("hostaddr"));
	}

	@Test
	void invalidReadModeFailsNamingTheOption() {
		this.runner.withPropertyValues("quire.read-mode=sometimes")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("read_mode"));
	}

	@Test
	void invalidTargetSessionAttrsFailsBinding() {
		this.runner.withPropertyValues("quire.target-session-attrs=leader")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("quire.target-session-attrs")
				.hasStackTraceContaining("leader"));
	}

	@Test
	void invalidUriFailsNamingTheOption() {
		this.runner.withPropertyValues("quire.uri=rethinkdb://db1/test?timeout=never")
			.run((context) -> assertThat(context).getFailure().hasStackTraceContaining("'never' is not a duration"));
	}

	@Test
	void uriTogetherWithHostFailsAtStartupNamingBoth() {
		this.runner.withPropertyValues("quire.uri=rethinkdb://db1/test", "quire.host=db2")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(MutuallyExclusiveConfigurationPropertiesException.class)
				.hasMessageContaining("quire.uri")
				.hasMessageContaining("quire.host"));
	}

	@Test
	void hostsBindFromACommaSeparatedList() {
		this.runner.withPropertyValues("quire.hosts=db1:28015, db2:28016")
			.run((context) -> assertThat(context.getBean(ConnectionOptions.class).hosts())
				.containsExactly(new HostAndPort("db1", 28015), new HostAndPort("db2", 28016)));
	}

	@Test
	void deprecatedAuthKeyStillBindsAsThePassword() {
		this.runner.withPropertyValues("quire.auth-key=legacy")
			.run((context) -> assertThat(context.getBean(ConnectionOptions.class).password()).isEqualTo("legacy"));
	}

	@Test
	void portThatIsNotANumberFailsBindingNamingTheProperty() {
		this.runner.withPropertyValues("quire.port=twenty")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("quire.port")
				.hasStackTraceContaining("twenty"));
	}

	@Test
	void keepaliveIdleMustBeWholeSeconds() {
		this.runner.withPropertyValues("quire.keepalive.idle=1500ms")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("keepalives_idle"));
	}

	@Test
	void zeroMaxPoolSizeFailsNamingTheOption() {
		this.runner.withPropertyValues("quire.pool.max-size=0")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("max-size"));
	}

	@Test
	void customizersRunInOrderAfterProperties() {
		this.runner.withPropertyValues("quire.database=orders")
			.withUserConfiguration(OptionsCustomizers.class)
			.run((context) -> {
				ConnectionOptions options = context.getBean(ConnectionOptions.class);
				assertThat(options.database()).isEqualTo("orders_second");
				assertThat(context.getBean(OptionsCustomizers.class).calls).containsExactly("first", "second");
			});
	}

	@Test
	void backsOffFromAUserConnectionFactory() {
		this.runner.withUserConfiguration(UserConnectionFactory.class).run((context) -> {
			assertThat(context).hasSingleBean(ConnectionFactory.class).doesNotHaveBean(ConnectionPool.class);
			assertThat(context.getBean(ConnectionFactory.class).options().database()).isEqualTo("mine");
		});
	}

	@Test
	void usesUserConnectionDetailsInsteadOfProperties() {
		this.runner.withPropertyValues("quire.host=ignored")
			.withUserConfiguration(UserConnectionDetails.class)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(PropertiesQuireConnectionDetails.class);
				assertThat(context.getBean(ConnectionPool.class).options().hosts())
					.containsExactly(new HostAndPort("details.example.com", 29015));
			});
	}

	@Test
	void usesUserConnectionOptions() {
		this.runner.withUserConfiguration(UserConnectionOptions.class)
			.run((context) -> assertThat(context.getBean(ConnectionPool.class).options().database())
				.isEqualTo("from-bean"));
	}

	@Test
	void backsOffFromUserClientResources() {
		this.runner.withUserConfiguration(UserClientResources.class)
			.run((context) -> assertThat(context).getBean(ClientResources.class)
				.isSameAs(context.getBean("myResources")));
	}

	@Test
	void sslBundleSecuresTheConnection() {
		this.runner
			.withPropertyValues("spring.ssl.bundle.pem.quire.truststore.certificate=classpath:ssl/ca.crt",
					"quire.ssl.bundle=quire")
			.run((context) -> {
				ConnectionOptions options = context.getBean(ConnectionOptions.class);
				assertThat(options.tls().mode()).isEqualTo(SslMode.VERIFY_FULL);
				assertThat(options.tls().trustManagerFactory()).isNotNull();
			});
	}

	@Test
	void sslModeIsApplied() {
		this.runner.withPropertyValues("quire.ssl.enabled=true", "quire.ssl.mode=verify-ca")
			.run((context) -> assertThat(context.getBean(ConnectionOptions.class).tls().mode())
				.isEqualTo(SslMode.VERIFY_CA));
	}

	@Test
	void caCertsSecureTheConnection() {
		this.runner
			.withPropertyValues("quire.ssl.ca-certs=classpath:ssl/ca.crt",
					"quire.ssl.client-cert=classpath:ssl/client.crt", "quire.ssl.client-key=classpath:ssl/client.key")
			.run((context) -> {
				ConnectionOptions options = context.getBean(ConnectionOptions.class);
				assertThat(options.tls().isEnabled()).isTrue();
				assertThat(options.tls().trustManagerFactory()).isNotNull();
				assertThat(options.tls().keyManagerFactory()).isNotNull();
			});
	}

	@Test
	void unknownSslBundleFailsAtStartup() {
		this.runner.withPropertyValues("quire.ssl.bundle=missing")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(NoSuchSslBundleException.class)
				.hasMessageContaining("missing"));
	}

	@Test
	void bundleWithCipherOptionsIsRejected() {
		this.runner
			.withPropertyValues("spring.ssl.bundle.pem.quire.truststore.certificate=classpath:ssl/ca.crt",
					"spring.ssl.bundle.pem.quire.options.ciphers=TLS_AES_128_GCM_SHA256", "quire.ssl.bundle=quire")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("SSL options"));
	}

	@Test
	void detailsSslBundleIsApplied() {
		this.runner.withUserConfiguration(UserSslConnectionDetails.class)
			.run((context) -> assertThat(context.getBean(ConnectionOptions.class).tls().isEnabled()).isTrue());
	}

	@Configuration(proxyBeanMethods = false)
	static class OptionsCustomizers {

		final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		QuireConnectionOptionsBuilderCustomizer second() {
			return (builder) -> {
				this.calls.add("second");
				builder.database(builder.build().database() + "_second");
			};
		}

		@Bean
		@Order(1)
		QuireConnectionOptionsBuilderCustomizer first() {
			return (builder) -> this.calls.add("first");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PoolCustomizers {

		@Bean
		@Order(2)
		QuireConnectionPoolCustomizer last() {
			return (builder) -> builder.maxSize(9);
		}

		@Bean
		@Order(1)
		QuireConnectionPoolCustomizer first() {
			return (builder) -> builder.maxSize(8);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserConnectionFactory {

		@Bean
		ConnectionFactory myConnectionFactory() {
			return ConnectionFactory.create(ConnectionOptions.builder().database("mine").build());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserConnectionDetails {

		@Bean
		QuireConnectionDetails myConnectionDetails() {
			return new QuireConnectionDetails() {

				@Override
				public ConnectionOptions getConnectionOptions() {
					return ConnectionOptions.builder().host("details.example.com").port(29015).build();
				}

				@Override
				public @Nullable SslBundle getSslBundle() {
					return null;
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserSslConnectionDetails {

		@Bean
		QuireConnectionDetails mySslConnectionDetails() {
			return new QuireConnectionDetails() {

				@Override
				public ConnectionOptions getConnectionOptions() {
					return ConnectionOptions.defaults();
				}

				@Override
				public SslBundle getSslBundle() {
					return SslBundle.systemDefault();
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserConnectionOptions {

		@Bean
		ConnectionOptions myConnectionOptions() {
			return ConnectionOptions.builder().database("from-bean").build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserClientResources {

		@Bean(destroyMethod = "close")
		ClientResources myResources() {
			return ClientResources.create(1);
		}

	}

}
