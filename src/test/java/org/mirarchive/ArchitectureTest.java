package org.mirarchive;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house style's architecture, checked: packages by feature, small package-private
 * controllers, plain domain value types, no layers named after the framework.
 */
@AnalyzeClasses(packages = "org.mirarchive", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.notHaveModifier(JavaModifier.PUBLIC)
		.because("controllers are entry points for Spring, not APIs for other packages");

	@ArchTest
	static final ArchRule noLayerPackages = noClasses().should()
		.resideInAnyPackage("..controller..", "..controllers..", "..service..", "..services..", "..util..", "..utils..",
				"..helper..", "..helpers..")
		.because("a folder tells what the program does, not which framework layer a class is in");

	@ArchTest
	static final ArchRule modelIsPlain = noClasses().that()
		.resideInAPackage("org.mirarchive.model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.mirarchive.entry..", "org.mirarchive.source..", "org.mirarchive.citation..",
				"org.mirarchive.relation..", "org.mirarchive.web..", "org.springframework.web..",
				"org.springframework.stereotype..")
		.because("shared value types are plain classes that every feature may use");

	@ArchTest
	static final ArchRule featuresDoNotDependOnWeb = noClasses().that()
		.resideOutsideOfPackage("org.mirarchive.web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.mirarchive.web..")
		.because("web holds what pages share (layout, errors, headers) and depends on features, not the reverse");

}
