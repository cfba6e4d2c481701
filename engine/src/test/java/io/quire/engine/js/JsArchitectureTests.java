package io.quire.engine.js;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The JavaScript engine stays behind this package. */
class JsArchitectureTests {

	private static final JavaClasses ENGINE = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.quire.engine");

	@Test
	void onlyTheJsPackageShouldUseRhino() {
		noClasses().that()
			.resideOutsideOfPackage("io.quire.engine.js..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.mozilla..")
			.because("the engine must be swappable and is loaded only when r.js runs")
			.check(ENGINE);
	}

	@Test
	void theHttpPackageShouldNotDependOnTheTermLayer() {
		noClasses().that()
			.resideInAPackage("io.quire.engine.http..")
			.or()
			.resideInAPackage("io.quire.engine.js..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.quire.engine.term..")
			.because("the term layer calls them, not the other way round")
			.check(ENGINE);
	}

}
