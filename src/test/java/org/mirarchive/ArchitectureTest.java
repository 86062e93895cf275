package org.mirarchive;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.persistence.Entity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
		.resideInAnyPackage("org.mirarchive.address..", "org.mirarchive.citation..", "org.mirarchive.work..",
				"org.mirarchive.entry..", "org.mirarchive.source..", "org.mirarchive.web..",
				"org.springframework.web..", "org.springframework.stereotype..")
		.because("shared value types are plain classes that every feature may use");

	@ArchTest
	static final ArchRule featuresDoNotDependOnWeb = noClasses().that()
		.resideOutsideOfPackage("org.mirarchive.web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.mirarchive.web..")
		.because("web holds what pages share (layout, errors, headers) and depends on features, not the reverse");

	@ArchTest
	static final ArchRule featuresFormNoCycle = slices().matching("org.mirarchive.(*)..")
		.should()
		.beFreeOfCycles()
		.because("a change to one feature must land in one obvious place, not ripple round a loop");

	/**
	 * What each package may use, lowest first: a package uses only those below it (docs/architecture.md
	 * draws the same picture). Pages over the works ({@code source}) sit above the claims that cite
	 * them ({@code entry}), which sit above the works themselves ({@code work}).
	 */
	@ArchTest
	static final ArchRule packagesDependOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("application").definedBy("org.mirarchive")
		.layer("readers' features").definedBy("org.mirarchive.web..", "org.mirarchive.search..",
				"org.mirarchive.timeline..", "org.mirarchive.data..", "org.mirarchive.synthetic..",
				"org.mirarchive.harvest..", "org.mirarchive.glossary..", "org.mirarchive.readingpath..",
				"org.mirarchive.connections..")
		.layer("authority records").definedBy("org.mirarchive.authority..")
		.layer("source pages").definedBy("org.mirarchive.source..")
		.layer("entries and claims").definedBy("org.mirarchive.entry..")
		.layer("works").definedBy("org.mirarchive.work..")
		.layer("pictures").definedBy("org.mirarchive.picture..")
		.layer("citing").definedBy("org.mirarchive.citation..")
		.layer("addresses").definedBy("org.mirarchive.address..")
		.layer("values").definedBy("org.mirarchive.model..")
		.whereLayer("application").mayNotBeAccessedByAnyLayer()
		.whereLayer("readers' features").mayOnlyBeAccessedByLayers("application")
		.whereLayer("authority records").mayOnlyBeAccessedByLayers("readers' features")
		.whereLayer("source pages").mayOnlyBeAccessedByLayers("readers' features")
		.whereLayer("entries and claims").mayOnlyBeAccessedByLayers("source pages", "authority records",
				"readers' features")
		.whereLayer("works").mayOnlyBeAccessedByLayers("entries and claims", "source pages", "authority records",
				"readers' features")
		.whereLayer("pictures").mayOnlyBeAccessedByLayers("entries and claims", "source pages", "authority records",
				"readers' features")
		.whereLayer("citing").mayOnlyBeAccessedByLayers("works", "entries and claims", "source pages",
				"authority records", "readers' features")
		.because("packages depend one way, so that each depends only on what lies below it");

	/**
	 * Who may do what is decided in one package that knows nothing of the archive's content, so that
	 * the curation features to come stand on it and it on none of them.
	 */
	@ArchTest
	static final ArchRule accountsStandAlone = noClasses().that()
		.resideInAPackage("org.mirarchive.account..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.mirarchive.web..", "org.mirarchive.search..", "org.mirarchive.timeline..",
				"org.mirarchive.data..", "org.mirarchive.synthetic..", "org.mirarchive.source..",
				"org.mirarchive.entry..", "org.mirarchive.work..", "org.mirarchive.citation..",
				"org.mirarchive.address..")
		.because("accounts and roles are below every feature that checks them");

	/**
	 * The history reads what the entries and the curation write, and stands on them: the curation asks
	 * for an entry's past through its own interface ({@code curation.PublishedHistory}), never the
	 * history's classes, and no page over it depends on it.
	 */
	@ArchTest
	static final ArchRule nothingDependsOnHistory = noClasses().that()
		.resideOutsideOfPackage("org.mirarchive.history..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.mirarchive.history..")
		.because("revisions are read through curation.PublishedHistory, so that history can change alone");

	@ArchTest
	static final ArchRule historyStandsOnEntriesAndCuration = noClasses().that()
		.resideInAPackage("org.mirarchive.history..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.mirarchive.web..", "org.mirarchive.search..", "org.mirarchive.timeline..",
				"org.mirarchive.data..", "org.mirarchive.synthetic..", "org.mirarchive.source..",
				"org.mirarchive.account..")
		.because("an entry's history is built from the entries, their works and the curators' notes alone");

	@ArchTest
	static final ArchRule readersFeaturesAreIndependent = slices().matching("org.mirarchive.(web|search|timeline|data|synthetic|harvest|connections|glossary|readingpath)..")
		.should()
		.notDependOnEachOther()
		.because("each reader-facing feature stands on the shared ones, not on another feature");

	@ArchTest
	static final ArchRule entitiesKnowNoWeb = noClasses().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
				"org.springframework.ui..")
		.because("what the archive records does not depend on how it is served");

}
