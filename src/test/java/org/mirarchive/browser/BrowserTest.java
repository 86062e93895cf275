package org.mirarchive.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.mirarchive.ArchiveWebTest;

/**
 * A test of the archive in a real browser: the whole application on a random port, and one
 * headless Chromium for the test class, passed to the test's constructor as {@link Chromium}.
 * Skipped, and saying so, where Chromium is not installed; a failure instead where
 * {@code REQUIRE_BROWSER=true} (as in CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArchiveWebTest
@Tag("browser")
@ExtendWith(ChromiumExtension.class)
public @interface BrowserTest {

}
