package io.quire.driver;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HostPortOptionsTests {

	@Test
	void aPortInTheHostStringShouldBeThePort() {
		ConnectionOptions options = ConnectionOptions.builder().host("127.0.0.1:28016").build();
		assertThat(options.hosts()).containsExactly(new HostAndPort("127.0.0.1", 28016));
	}

	@Test
	void aBracketedIpv6HostStringShouldCarryItsPort() {
		assertThat(ConnectionOptions.builder().host("[::1]:28016").build().hosts())
			.containsExactly(new HostAndPort("::1", 28016));
		assertThat(ConnectionOptions.builder().host("::1").build().hosts())
			.containsExactly(new HostAndPort("::1", 28015));
	}

	@Test
	void portShouldBeTheDefaultOfHostsGivenWithoutOne() {
		ConnectionOptions options = ConnectionOptions.builder().hosts("a", "b:1").port(4000).build();
		assertThat(options.hosts()).containsExactly(new HostAndPort("a", 4000), new HostAndPort("b", 1));
	}

	@Test
	void portShouldApplyWhetherGivenBeforeOrAfterTheHosts() {
		ConnectionOptions before = ConnectionOptions.builder().port(4000).hosts("a", "b:1").build();
		ConnectionOptions after = ConnectionOptions.builder().hosts("a", "b:1").port(4000).build();
		assertThat(before.hosts()).isEqualTo(after.hosts());
		assertThat(ConnectionOptions.builder().port(4000).host("a").build().port()).isEqualTo(4000);
	}

	@Test
	void portShouldNotRewriteAPortWrittenInTheHost() {
		ConnectionOptions options = ConnectionOptions.builder().host("db:28016").port(28015).build();
		assertThat(options.port()).isEqualTo(28016);
	}

	@Test
	void hostAndPortRecordsShouldKeepTheirPorts() {
		ConnectionOptions options = ConnectionOptions.builder()
			.hosts(List.of(new HostAndPort("a", 1), new HostAndPort("b", 2)))
			.port(4000)
			.build();
		assertThat(options.hosts()).extracting(HostAndPort::port).containsExactly(1, 2);
	}

	@Test
	void mutateShouldKeepWhichHostsHaveTheirOwnPort() {
		ConnectionOptions original = ConnectionOptions.builder().hosts("a", "b:1").build();
		ConnectionOptions changed = original.mutate().port(4000).build();
		assertThat(changed.hosts()).containsExactly(new HostAndPort("a", 4000), new HostAndPort("b", 1));
	}

	@Test
	void aHostHoldingAPortShouldBeRefusedAsAHostAndPortAtOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HostAndPort("127.0.0.1:28015", 28015))
			.withMessageContaining("'host'")
			.withMessageContaining("'127.0.0.1:28015'")
			.withMessageContaining("host:port");
	}

	@Test
	void aMalformedHostStringShouldBeRefusedAtOnce() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().host("db:port"))
			.withMessageContaining("'port'")
			.withMessageContaining("db:port");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().host("[::1"))
			.withMessageContaining("'host'");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().host("db:70000"))
			.withMessageContaining("'port'");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().host("[db]:1"))
			.withMessageContaining("'host'");
	}

	@Test
	void uriHostsShouldFollowTheSameRule() {
		ConnectionOptions options = ConnectionOptions.parse("rethinkdb://a,b:1,[::1]:2,[::2]/db");
		assertThat(options.hosts()).containsExactly(new HostAndPort("a", 28015), new HostAndPort("b", 1),
				new HostAndPort("::1", 2), new HostAndPort("::2", 28015));
	}

}
