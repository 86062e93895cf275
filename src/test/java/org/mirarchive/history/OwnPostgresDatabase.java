package org.mirarchive.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import org.mirarchive.TestPostgres;

/**
 * Points an {@link org.mirarchive.OnPostgres} test that changes entries at a database of its own
 * on the shared server, as the edited archive has its own on H2: the seed the other PostgreSQL
 * tests read stays as the migrations built it. Made once per JVM, migrated by the test's context.
 */
public class OwnPostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String DATABASE = "edited_history";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String shared = TestPostgres.jdbcUrl();
		create(shared);
		String own = shared.replace("/postgres?", "/" + DATABASE + "?");
		// After every initializer (TestPostgres's among them) has named the shared database.
		context.addBeanFactoryPostProcessor(beanFactory -> context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource(DATABASE, Map.of("spring.datasource.url", own))));
	}

	private static synchronized void create(String shared) {
		try (Connection connection = DriverManager.getConnection(shared);
				Statement statement = connection.createStatement()) {
			try (ResultSet found = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (found.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not make the test's own database", ex);
		}
	}

}
