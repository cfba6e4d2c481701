package io.quire.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Properties;
import java.util.function.Supplier;

import io.quire.engine.QuireServer;
import io.quire.engine.ServerOptions;
import io.quire.engine.query.QueryRunner;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's beans for a Spring MVC application that has a {@link QuireServer} bean:
 * import it (the Quire server does, unless {@code quire.server.console.enabled=false}). A
 * {@link ConsoleOptions} bean overrides {@link ConsoleOptions#DEFAULT}. The pages are
 * served at {@code /}, their assets under {@code /console/}, the API under
 * {@code /console/api/}.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleConfiguration implements WebMvcConfigurer {

	private static final String ASSETS = "classpath:/io/quire/console/assets/";

	private final ConsoleOptions options;

	private final ConsoleSessions sessions;

	private final Supplier<QueryRunner> runner;

	ConsoleConfiguration(ObjectProvider<ConsoleOptions> options, ObjectProvider<Clock> clock,
			ObjectProvider<QuireServer> server) {
		this.options = options.getIfAvailable(() -> ConsoleOptions.DEFAULT);
		this.sessions = new ConsoleSessions(this.options, clock.getIfAvailable(Clock::systemUTC),
				() -> server.getObject().connectInProcess());
		this.runner = runner(server::getObject);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new SessionInterceptor(this.sessions)).addPathPatterns("/console/api/**");
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/console/vendor/uplot/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/");
		registry.addResourceHandler("/console/**").addResourceLocations(ASSETS);
	}

	@Bean
	@Lazy(false)
	ConsoleLifecycle quireConsoleLifecycle(QuireServer server, OpenStreams quireConsoleStreams,
			ActivitySampler quireConsoleActivity) {
		return new ConsoleLifecycle(quireConsoleActivity, quireConsoleStreams, this.sessions);
	}

	@Bean
	OpenStreams quireConsoleStreams() {
		return new OpenStreams();
	}

	@Bean
	ActivitySampler quireConsoleActivity(QuireServer server) {
		return new ActivitySampler(() -> server.engine().catalog(), Clock.systemUTC());
	}

	@Bean
	SessionController quireConsoleSessionController(QuireServer server) {
		return new SessionController(this.sessions, () -> server.engine().users(), this.options);
	}

	@Bean
	QueryController quireConsoleQueryController(QuireServer server, ConsoleLifecycle quireConsoleLifecycle,
			OpenStreams quireConsoleStreams) {
		ConsoleQueries queries = new ConsoleQueries(this.runner, () -> server.engine().runningQueries(), this.options);
		ServerOptions limits = server.options();
		return new QueryController(queries, quireConsoleLifecycle.feedReaders(), quireConsoleStreams,
				new ApiLimits(limits.maxNestingDepth(), limits.maxFrameSize()));
	}

	@Bean
	OverviewController quireConsoleOverviewController(QuireServer server, ActivitySampler quireConsoleActivity,
			OpenStreams quireConsoleStreams) {
		return new OverviewController(new ServerOverview(server), quireConsoleActivity, quireConsoleStreams,
				new CurrentIssues(this.runner));
	}

	@Bean
	ConsolePageController quireConsolePageController() {
		return new ConsolePageController();
	}

	@Bean
	ConsoleErrors quireConsoleErrors() {
		return new ConsoleErrors();
	}

	/**
	 * The runner the driver port uses, with the server's memory and r.http limits, made
	 * once the engine has started.
	 */
	private static Supplier<QueryRunner> runner(Supplier<QuireServer> servers) {
		return new Supplier<>() {

			private volatile @Nullable QueryRunner runner;

			@Override
			public QueryRunner get() {
				QueryRunner current = this.runner;
				if (current == null) {
					QuireServer server = servers.get();
					ServerOptions options = server.options();
					current = server.engine().queryRunner(options.maxQueryMemory(), options.http());
					this.runner = current;
				}
				return current;
			}

		};
	}

	private static String uplotVersion() {
		Properties properties = new Properties();
		try (InputStream in = ConsoleConfiguration.class.getResourceAsStream("console.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties.getProperty("uplot.version");
	}

}
