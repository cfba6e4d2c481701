package io.quire.engine.system;

import java.nio.file.Path;

import io.quire.engine.Engine;
import io.quire.engine.query.ReqlQueryRunner;
import io.quire.engine.query.ReqlTester;

/**
 * A process for {@link RenameDurabilityIntegrationTests}: renames a database and a table
 * through {@code db_config} and {@code table_config}, prints {@code renamed}, and waits
 * to be killed.
 */
public final class RenameWriter {

	private RenameWriter() {
	}

	public static void main(String[] args) throws Exception {
		Engine engine = Engine.open(Path.of(args[0]));
		ReqlTester reql = new ReqlTester(engine.catalog(), (ReqlQueryRunner) engine.queryRunner());
		RenameDurabilityIntegrationTests.rename(reql);
		System.out.println("renamed");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
