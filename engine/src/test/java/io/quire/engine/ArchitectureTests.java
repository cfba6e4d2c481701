package io.quire.engine;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Layering rules of the engine that the compiler cannot check.
 */
class ArchitectureTests {

	private static final JavaClasses ENGINE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.quire.engine");

	@Test
	void onlyTheNetworkPackageShouldUseNetty() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackage("io.quire.engine.net..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.netty..")
			.because("storage and query evaluation must never see a channel");
		rule.check(ENGINE);
	}

	@Test
	void nothingButTheServerEntryPointShouldUseTheNetworkPackage() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackage("io.quire.engine.net..")
			.and()
			.doNotHaveFullyQualifiedName("io.quire.engine.QuireServer")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.quire.engine.net..")
			.because("the evaluator and storage do not know they are served over a network");
		rule.check(ENGINE);
	}

	@Test
	void onlyTheClusterPackageShouldUseRatis() {
		ArchRule rule = noClasses().that()
			.resideOutsideOfPackage("io.quire.engine.cluster..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.apache.ratis..")
			.because("a single server must not touch Raft, and replication stays in one place");
		rule.check(ENGINE);
	}

}
