package io.quire.engine.http;

import java.net.URI;
import java.util.List;

import io.quire.engine.QueryException;
import io.quire.engine.ServerOptions;
import io.quire.protocol.ErrorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HttpAccessTests {

	private final ServerOptions.Http listed = new ServerOptions.Http(true, List.of("api.example.com", "*.example.org"));

	@Test
	void anEmptyListShouldAdmitEveryHost() {
		assertThatCode(() -> HttpAccess.check(ServerOptions.Http.UNRESTRICTED, URI.create("http://anything:81/")))
			.doesNotThrowAnyException();
	}

	@Test
	void listedHostsAndSubdomainsOfWildcardsShouldBeAdmitted() {
		assertThatCode(() -> HttpAccess.check(this.listed, URI.create("https://API.example.com/x")))
			.doesNotThrowAnyException();
		assertThatCode(() -> HttpAccess.check(this.listed, URI.create("http://a.b.example.org/")))
			.doesNotThrowAnyException();
		assertThatCode(() -> HttpAccess.check(this.listed, URI.create("http://example.org/")))
			.doesNotThrowAnyException();
	}

	@Test
	void otherHostsShouldBeRefusedWithAPermissionError() {
		for (String url : List.of("http://example.com/", "http://evilexample.org/", "http://api.example.com.evil/",
				"http://[::1]/")) {
			assertThatExceptionOfType(QueryException.class)
				.isThrownBy(() -> HttpAccess.check(this.listed, URI.create(url)))
				.satisfies((error) -> org.assertj.core.api.Assertions.assertThat(error.errorType())
					.isEqualTo(ErrorType.PERMISSION_ERROR));
		}
	}

}
