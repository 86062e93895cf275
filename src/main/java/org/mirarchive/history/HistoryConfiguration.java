package org.mirarchive.history;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Envers keeps revisions (Spring Boot leaves it at its defaults): an entry's version is kept
 * in each revision, since curators ask for "the entry as it was at version N", and a deleted row
 * keeps its data, so that a revision can say what was removed and whose it was.
 */
@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {

	@Bean
	HibernatePropertiesCustomizer revisionSettings() {
		return properties -> properties.putAll(Map.of("org.hibernate.envers.do_not_audit_optimistic_locking_field",
				"false", "org.hibernate.envers.store_data_at_delete", "true"));
	}

}
