package io.quire.driver.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quire.driver.HostAndPort;
import io.quire.driver.QuireFeedAbortedException;
import io.quire.driver.QuireNotPrimaryException;
import io.quire.protocol.json.ReqlJson;

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

	@Test
	void aStandbyRefusingAWriteShouldBeARetryableNotPrimaryErrorNamingBothServers() {
		QuireException exception = ExceptionFactory.of(opFailed(
				"Cannot perform write: server `quire-2` is a standby; the primary is `quire-1` (10.0.0.1:28016)."),
				"[1,[56,[[15,[\"t\"]],{}]]]");
		assertThat(exception).isInstanceOf(QuireNotPrimaryException.class).isInstanceOf(QuireOpFailedException.class);
		QuireNotPrimaryException notPrimary = (QuireNotPrimaryException) exception;
		assertThat(notPrimary.isRetryable()).isTrue();
		assertThat(notPrimary.server()).isEqualTo("quire-2");
		assertThat(notPrimary.primaryName()).isEqualTo("quire-1");
		assertThat(notPrimary.primary()).isEqualTo(new HostAndPort("10.0.0.1", 28016));
		assertThat(notPrimary.errorType()).isEqualTo(ErrorType.OP_FAILED);
		assertThat(notPrimary).hasMessageContaining("quire-2").hasMessageContaining("quire-1");
	}

	@Test
	void aStandbyRefusingAReadWithNoPrimaryElectedShouldNameNoPrimary() {
		QuireNotPrimaryException notPrimary = (QuireNotPrimaryException) ExceptionFactory
			.of(opFailed("Cannot perform read: server `b` is a standby; no primary is elected."), null);
		assertThat(notPrimary.server()).isEqualTo("b");
		assertThat(notPrimary.primaryName()).isNull();
		assertThat(notPrimary.primary()).isNull();
		assertThat(notPrimary.isRetryable()).isTrue();
	}

	@Test
	void aPrimaryAtAnIpv6AddressShouldBeRead() {
		QuireNotPrimaryException notPrimary = (QuireNotPrimaryException) ExceptionFactory
			.of(opFailed("Cannot perform write: server `b` is a standby; the primary is `a` ([::1]:28015)."), null);
		assertThat(notPrimary.primary()).isEqualTo(new HostAndPort("::1", 28015));
	}

	@Test
	void aFeedCutByAFailoverShouldBeRetryable() {
		QuireException exception = ExceptionFactory.of(opFailed("Changefeed aborted (table unavailable)."), null);
		assertThat(exception).isInstanceOf(QuireFeedAbortedException.class);
		assertThat(exception.isRetryable()).isTrue();
	}

	@Test
	void otherErrorsShouldNotBeRetryable() {
		assertThat(ExceptionFactory.of(opFailed("Cannot perform write: primary replica for shard unavailable."), null))
			.isExactlyInstanceOf(QuireOpFailedException.class)
			.satisfies((exception) -> assertThat(exception.isRetryable()).isFalse());
		assertThat(ExceptionFactory.of(response("{\"t\":18,\"e\":4200000,\"r\":[\"maybe\"]}"), null).isRetryable())
			.isFalse();
	}

	private static Response opFailed(String message) {
		return response(ReqlJson.writeString(Map.of("t", 18, "e", 4100000, "r", List.of(message), "b", List.of())));
	}

	private static Response response(String json) {
		return Response.parse(1, json.getBytes(StandardCharsets.UTF_8));
	}

}
