package org.mirarchive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the archive as readers use it: the whole application on a random port, seeded.
 * Hibernate counts the SQL statements it runs, so that tests can check what a page costs
 * ({@link StatementCount}). Every test of this kind reads the same seed in one shared context,
 * and none changes it: a test that does is an {@link EditedArchiveWebTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
				"spring.jpa.properties.hibernate.session.events.log=false" })
public @interface ArchiveWebTest {

}
