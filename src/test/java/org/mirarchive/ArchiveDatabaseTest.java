package org.mirarchive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;

/**
 * A test of the database alone, as the migrations build it and read with SQL: an embedded H2 of
 * its own, Flyway and a {@code JdbcTemplate}, without the web, JPA or search (a JDBC slice, quick
 * to start), each test rolled back. Tests of the seed share one such context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@JdbcTest
public @interface ArchiveDatabaseTest {

}
