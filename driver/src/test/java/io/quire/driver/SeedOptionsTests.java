package io.quire.driver;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The psycopg2 and pymongo options added last: hostaddr, fallback_application_name,
 * dbname, client_encoding, connect_timeout=0 and document_class.
 */
class SeedOptionsTests {

	@Test
	void defaultsShouldBeDocumented() {
		ConnectionOptions options = ConnectionOptions.defaults();
		assertThat(options.hostAddresses()).isEmpty();
		assertThat(options.fallbackApplicationName()).isNull();
		assertThat(options.effectiveApplicationName()).isNull();
		assertThat(options.clientEncoding()).isEqualTo("UTF8");
		assertThat(options.documentClass()).isEqualTo(Map.class);
	}

	@Test
	void hostaddrShouldGiveTheNumericAddressOfEachHost() {
		ConnectionOptions options = ConnectionOptions.builder()
			.hosts("db1.example:1", "db2.example:2")
			.hostaddr("10.0.0.1", "[::1]")
			.build();
		assertThat(options.hostAddress(new HostAndPort("db1.example", 1))).isEqualTo("10.0.0.1");
		assertThat(options.hostAddress(new HostAndPort("db2.example", 2))).isEqualTo("::1");
		assertThat(options.hosts()).extracting(HostAndPort::host).containsExactly("db1.example", "db2.example");
	}

	@Test
	void hostaddrShouldBeRefusedWhenNotNumericOrNotOnePerHost() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().hostaddr("db.example"))
			.withMessageContaining("'hostaddr'")
			.withMessageContaining("numeric");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionOptions.builder().hosts("a", "b").hostaddr("10.0.0.1").build())
			.withMessageContaining("'hostaddr'")
			.withMessageContaining("one per host");
	}

	@Test
	void uriShouldReadHostaddrAsACommaSeparatedList() {
		ConnectionOptions options = ConnectionOptions.parse("rethinkdb://a:1,b:2/?hostaddr=10.0.0.1,10.0.0.2");
		assertThat(options.hostAddresses()).containsExactly("10.0.0.1", "10.0.0.2");
	}

	@Test
	void fallbackApplicationNameShouldBeSentOnlyWithoutAnApplicationName() {
		ConnectionOptions fallbackOnly = ConnectionOptions.builder().fallbackApplicationName("psql").build();
		assertThat(fallbackOnly.effectiveApplicationName()).isEqualTo("psql");
		ConnectionOptions both = ConnectionOptions
			.parse("rethinkdb://db?fallback_application_name=psql&application_name=billing");
		assertThat(both.fallbackApplicationName()).isEqualTo("psql");
		assertThat(both.effectiveApplicationName()).isEqualTo("billing");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionOptions.builder().fallbackApplicationName("x".repeat(257)))
			.withMessageContaining("'fallback_application_name'");
	}

	@Test
	void dbnameShouldBeAUriOption() {
		assertThat(ConnectionOptions.parse("rethinkdb://db?dbname=marvel").database()).isEqualTo("marvel");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.parse("rethinkdb://db?dbname="))
			.withMessageContaining("'db'");
	}

	@Test
	void clientEncodingShouldAcceptUtf8InItsUsualSpellings() {
		for (String spelling : new String[] { "UTF8", "utf8", "UTF-8", "utf-8", "utf_8", "Unicode" }) {
			assertThat(ConnectionOptions.builder().clientEncoding(spelling).build().clientEncoding()).isEqualTo("UTF8");
		}
		assertThat(ConnectionOptions.parse("rethinkdb://db?client_encoding=utf-8").clientEncoding()).isEqualTo("UTF8");
	}

	@Test
	void clientEncodingShouldRefuseOtherEncodingsClearly() {
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().clientEncoding("LATIN1"))
			.withMessageContaining("'client_encoding'")
			.withMessageContaining("'LATIN1' is not supported")
			.withMessageContaining("UTF8");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionOptions.parse("rethinkdb://db?client_encoding=SQL_ASCII"))
			.withMessageContaining("'client_encoding'");
	}

	@Test
	void connectTimeoutZeroShouldMeanNoBound() {
		assertThat(ConnectionOptions.builder().connectTimeout(Duration.ZERO).build().connectTimeout()).isNull();
		assertThat(ConnectionOptions.parse("rethinkdb://db?connect_timeout=0").connectTimeout()).isNull();
		assertThat(ConnectionOptions.parse("rethinkdb://db?timeout=0s").connectTimeout()).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.parse("rethinkdb://db?timeout=-1"))
			.withMessageContaining("'connect_timeout'");
	}

	@Test
	void documentClassShouldBeABuilderAndUriOption() {
		assertThat(ConnectionOptions.builder().documentClass(TreeMap.class).build().documentClass())
			.isEqualTo(TreeMap.class);
		assertThat(ConnectionOptions.parse("rethinkdb://db?document_class=java.util.TreeMap").documentClass())
			.isEqualTo(TreeMap.class);
	}

	@Test
	void documentClassShouldBeRefusedWhenItCannotHoldADocument() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ConnectionOptions.parse("rethinkdb://db?document_class=com.example.Missing"))
			.withMessageContaining("'document_class'")
			.withMessageContaining("com.example.Missing");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().documentClass(int.class))
			.withMessageContaining("'document_class'");
		assertThatIllegalArgumentException().isThrownBy(() -> ConnectionOptions.builder().documentClass(Runnable.class))
			.withMessageContaining("'document_class'");
	}

	@Test
	void mutateShouldKeepTheNewOptions() {
		ConnectionOptions original = ConnectionOptions.builder()
			.host("db.example")
			.hostaddr("10.0.0.1")
			.fallbackApplicationName("psql")
			.documentClass(TreeMap.class)
			.connectTimeout(Duration.ZERO)
			.build();
		assertThat(original.mutate().build()).isEqualTo(original);
		assertThat(original.toString()).contains("hostAddresses=[10.0.0.1]").contains("fallbackApplicationName=psql");
	}

}
