package org.mirarchive.synthetic;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The {@code synthetic} profile: an invented archive of {@code archive.synthetic.size} entries
 * in its own database (see application-synthetic.properties), written right after the
 * migrations and before anything reads the archive, and marked as synthetic on every page.
 * {@code archive.synthetic.claims=false} writes the entries and works alone, for a test that
 * reads nothing else ({@link SyntheticArchive#withoutClaims()}).
 */
@Configuration(proxyBeanMethods = false)
@Profile(SyntheticArchiveConfiguration.PROFILE)
class SyntheticArchiveConfiguration {

	static final String PROFILE = "synthetic";

	/** Migrates as usual, then fills the archive up to its size; Hibernate and the pages start after. */
	@Bean
	FlywayMigrationStrategy migrateThenInvent(@Value("${archive.synthetic.size}") int size,
			@Value("${archive.synthetic.claims:true}") boolean claims) {
		return flyway -> {
			flyway.migrate();
			SyntheticArchive archive = new SyntheticArchive(flyway.getConfiguration().getDataSource());
			(claims ? archive : archive.withoutClaims()).generate(size);
		};
	}

}
