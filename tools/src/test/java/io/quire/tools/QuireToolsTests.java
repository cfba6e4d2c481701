package io.quire.tools;

import io.quire.tools.cli.TableSpec;
import io.quire.tools.testing.ToolRun;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QuireToolsTests {

	@Test
	void toolCommandsAreToldApartFromServerArguments() {
		assertThat(QuireTools.isToolCommand("dump", "-f", "x.tar.gz")).isTrue();
		assertThat(QuireTools.isToolCommand("restore")).isTrue();
		assertThat(QuireTools.isToolCommand("--help")).isTrue();
		assertThat(QuireTools.isToolCommand("--quire.server.driver-port=0")).isFalse();
		assertThat(QuireTools.isToolCommand()).isFalse();
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : new String[] { "dump", "restore", "import", "export" }) {
			ToolRun run = ToolRun.of(command, "--help");
			assertThat(run.status()).isZero();
			assertThat(run.out()).startsWith("Usage: quire " + command)
				.contains("--connect", "--password-file", "--tls-cert", "--uri");
		}
	}

	@Test
	void tableSpecsSelectDatabasesOrTables() {
		assertThat(TableSpec.parse("shop")).isEqualTo(new TableSpec("shop", null));
		assertThat(TableSpec.parse("shop.orders")).isEqualTo(new TableSpec("shop", "orders"));
		assertThat(TableSpec.selects(java.util.List.of(TableSpec.parse("shop")), "shop", "x")).isTrue();
		assertThat(TableSpec.selects(java.util.List.of(TableSpec.parse("shop.a")), "shop", "b")).isFalse();
		assertThatExceptionOfType(ToolException.class).isThrownBy(() -> TableSpec.parse("a.b c"))
			.withMessage("Error: invalid database or table name: a.b c (expected DB or DB.TABLE)");
	}

}
