package org.mirarchive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against a real PostgreSQL instead of H2: the {@code postgres} profile, with
 * the data source pointed at the server {@link TestPostgres} starts once per JVM. It is on
 * {@link OnPostgresTest}, whose nested classes run H2 tests' bodies again on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = TestPostgres.Initializer.class)
// Slices such as @JdbcTest would otherwise swap the data source for an embedded H2.
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
public @interface OnPostgres {

}
