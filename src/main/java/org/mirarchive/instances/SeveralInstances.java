package org.mirarchive.instances;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
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

	/** Once JPA is up (it may start in the background), every transaction announces what it changed. */
	@Bean
	SmartInitializingSingleton changesAnnounced(ObjectProvider<EntityManagerFactory> entityManagerFactory) {
		return () -> entityManagerFactory.ifAvailable(factory -> {
			ChangeAnnouncer announcer = new ChangeAnnouncer(instance);
			EventListenerRegistry listeners = factory.unwrap(SessionFactoryImplementor.class)
				.getServiceRegistry()
				.requireService(EventListenerRegistry.class);
			listeners.appendListeners(EventType.POST_INSERT, announcer);
			listeners.appendListeners(EventType.POST_UPDATE, announcer);
			listeners.appendListeners(EventType.POST_DELETE, announcer);
			listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, announcer);
			listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, announcer);
			listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, announcer);
		});
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
