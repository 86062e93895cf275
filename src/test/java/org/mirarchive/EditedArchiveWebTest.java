package org.mirarchive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A test that changes the archive, as curators will, and reads it as readers do: the whole
 * application on a random port ({@link ArchiveWebTest}), on a database of its own so that the seed
 * the other tests read stays as the migrations built it. Every test of this kind shares that
 * database: each changes it through the {@link Curator}, with words no other test uses, and looks
 * only for its own. The archive's first administrator is made from the settings
 * ({@code account.CuratorsTest} has its name, password and token), and a test that needs another
 * account makes it, with a name of its own. The clock is a {@link MovableClock}, back on the system's after each test that
 * moves it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArchiveWebTest
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:edited-archive;DB_CLOSE_DELAY=-1",
		"archive.admin.username=test-administrator", "archive.admin.password=a test administrator's password",
		"archive.admin.token=mir_the-test-administrators-token-0123456789",
		// Every test logs in from 127.0.0.1: the address's limit is the throttle's own test's (LoginThrottleTest).
		"archive.login.failures-per-address=1000" })
@Import({ Curator.class, MovableClock.class })
public @interface EditedArchiveWebTest {

}
