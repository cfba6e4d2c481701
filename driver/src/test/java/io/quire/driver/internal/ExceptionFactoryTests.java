package io.quire.driver.internal;

import java.nio.charset.StandardCharsets;

import io.quire.driver.QuireAuthenticationException;
import io.quire.driver.QuireClientErrorException;
import io.quire.driver.QuireCompileException;
import io.quire.driver.QuireConnectionException;
import io.quire.driver.QuireException;
import io.quire.driver.QuireInternalException;
import io.quire.driver.QuireNonExistenceException;
import io.quire.driver.QuireOpFailedException;
import io.quire.driver.QuireOpIndeterminateException;
import io.quire.driver.QuirePermissionException;
import io.quire.driver.QuireQueryLogicException;
import io.quire.driver.QuireResourceLimitException;
import io.quire.driver.QuireRuntimeException;
import io.quire.driver.QuireServerException;
import io.quire.driver.QuireUserException;
import io.quire.protocol.ErrorType;
import io.quire.protocol.handshake.HandshakeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExceptionFactoryTests {

	@ParameterizedTest
	@CsvSource({ "1000000, QuireInternalException", "2000000, QuireResourceLimitException",
			"3000000, QuireQueryLogicException", "3100000, QuireNonExistenceException",
			"4100000, QuireOpFailedException", "4200000, QuireOpIndeterminateException", "5000000, QuireUserException",
			"6000000, QuirePermissionException" })
	void runtimeErrorsShouldMapByErrorType(int errorType, String exceptionName) {
		QuireException exception = ExceptionFactory
			.of(response("{\"t\":18,\"e\":" + errorType + ",\"r\":[\"boom\"],\"b\":[1]}"), "[1,[]]");
		assertThat(exception.getClass().getSimpleName()).isEqualTo(exceptionName);
		assertThat(((QuireRuntimeException) exception).errorType()).isEqualTo(ErrorType.of(errorType));
		assertThat(((QuireServerException) exception).backtrace()).containsExactly(1L);
		assertThat(exception.getMessage()).startsWith("boom").contains("[1,[]]");
	}

	@Test
	void nonExistenceShouldAlsoBeAQueryLogicError() {
		assertThat(ExceptionFactory.of(response("{\"t\":18,\"e\":3100000,\"r\":[\"x\"]}"), null))
			.isInstanceOf(QuireNonExistenceException.class)
			.isInstanceOf(QuireQueryLogicException.class);
		assertThat(QuireOpFailedException.class.getSuperclass().getSimpleName())
			.isEqualTo("QuireAvailabilityException");
	}

	@Test
	void compileAndClientErrorsShouldMapByResponseType() {
		assertThat(ExceptionFactory.of(response("{\"t\":17,\"r\":[\"bad\"],\"b\":[]}"), null))
			.isInstanceOf(QuireCompileException.class)
			.hasMessage("bad");
		assertThat(ExceptionFactory.of(response("{\"t\":16,\"r\":[\"buggy\"]}"), null))
			.isInstanceOf(QuireClientErrorException.class);
		assertThat(ExceptionFactory.of(response("{\"t\":18,\"r\":[\"untyped\"]}"), null).getClass())
			.isEqualTo(QuireRuntimeException.class);
	}

	@Test
	void handshakeErrorsShouldMapAuthenticationCodesToAuthenticationErrors() {
		assertThat(ExceptionFactory.of(new HandshakeException(12, "Wrong password"), "h:1"))
			.isInstanceOf(QuireAuthenticationException.class)
			.hasMessageContaining("Wrong password")
			.hasMessageContaining("h:1");
		assertThat(ExceptionFactory.of(new HandshakeException(2, "Unsupported `protocol_version`."), "h:1"))
			.isExactlyInstanceOf(QuireConnectionException.class);
	}

	private static Response response(String json) {
		return Response.parse(1, json.getBytes(StandardCharsets.UTF_8));
	}

}
