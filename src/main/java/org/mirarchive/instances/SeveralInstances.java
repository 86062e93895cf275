package org.mirarchive.instances;

import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * On PostgreSQL, has this instance announce its changes to the archive's content
 * ({@link ChangeAnnouncer}) and follow the other instances' ({@link ChangeListener}). On H2 the
 * archive is one process, and none of this runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SeveralInstances.OnPostgreSQL.class)
class SeveralInstances {

	/** This instance's id, new at each start: its notices are known by it. */
	private final String instance = ChangeListener.newInstanceId();

	/** Every transaction that changes content announces it, as it commits ({@link CommittedChanges}). */
	@Bean
	CommitFollower changesAnnounced(EntityManagerFactory entityManagerFactory) {
		return new ChangeAnnouncer(instance, entityManagerFactory.getMetamodel());
	}

	/**
	 * Listens on a connection of its own, made with the data source's settings (not taken from
	 * the pool, which would lose one of its connections for as long as the archive runs).
	 */
	@Bean
	ChangeListener otherInstancesChanges(@Value("${spring.datasource.url}") String url,
			@Value("${spring.datasource.username:#{null}}") String username,
			@Value("${spring.datasource.password:#{null}}") String password,
			EntityManagerFactory entityManagerFactory, ApplicationEventPublisher events) {
		return new ChangeListener(url, username, password, instance, entityManagerFactory, events::publishEvent);
	}

	/** The data source is a PostgreSQL server's. */
	static class OnPostgreSQL implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return context.getEnvironment().getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
		}

	}

}
