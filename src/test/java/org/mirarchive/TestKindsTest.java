package org.mirarchive;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.test.context.BootstrapWith;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Spring tests come in the archive's few kinds, each a meta-annotation in this package
 * ({@link ArchiveWebTest}, {@link EditedArchiveWebTest}, {@link ArchiveDatabaseTest}, and
 * {@link OnPostgres} for the list in {@link OnPostgresTest}): a new test is one annotation away
 * from its set-up, and tests of a kind share one Spring context instead of each starting its own
 * from properties copied by hand.
 */
@AnalyzeClasses(packages = "org.mirarchive", importOptions = ImportOption.OnlyIncludeTests.class)
class TestKindsTest {

	/** {@code @SpringBootTest}, {@code @DataJpaTest}, {@code @JdbcTest}, {@code @WebMvcTest}… */
	private static final DescribedPredicate<JavaAnnotation<?>> SPRING_TEST = DescribedPredicate
		.describe("a Spring test (@SpringBootTest, @DataJpaTest, @JdbcTest…)",
				annotation -> annotation.getRawType().isAnnotatedWith(BootstrapWith.class));

	@ArchTest
	static final ArchRule testsSayWhichKindTheyAre = noClasses().that()
		.areNotAnnotations()
		.should()
		.beAnnotatedWith(SPRING_TEST)
		.because("a test says which kind it is (ArchiveWebTest, EditedArchiveWebTest, ArchiveDatabaseTest) "
				+ "instead of setting Spring up itself, so that tests of a kind share one Spring context");

	@ArchTest
	static final ArchRule theKindsAreKeptTogether = classes().that()
		.areAnnotatedWith(SPRING_TEST)
		.should()
		.resideInAPackage("org.mirarchive")
		.because("the kinds of test are few and found in one place");

	@ArchTest
	static final ArchRule postgresIsDeclaredOnce = classes().that()
		.areMetaAnnotatedWith(OnPostgres.class)
		.and()
		.areNotAnnotations()
		.should()
		.haveFullyQualifiedName(OnPostgresTest.class.getName())
		.because("OnPostgresTest is the one list of the tests that also run on PostgreSQL");

}
