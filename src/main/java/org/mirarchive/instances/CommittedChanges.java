package org.mirarchive.instances;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Has every {@link CommitFollower} told of the content changes this instance commits, on any
 * database ({@link ContentChanges}).
 */
@Configuration(proxyBeanMethods = false)
class CommittedChanges {

	/** Once JPA is up (it may start in the background), every transaction tells what it changed. */
	@Bean
	SmartInitializingSingleton contentChangesFollowed(ObjectProvider<EntityManagerFactory> entityManagerFactory,
			ObjectProvider<CommitFollower> followers) {
		return () -> entityManagerFactory.ifAvailable(factory -> {
			ContentChanges changes = new ContentChanges(followers.orderedStream().toList());
			EventListenerRegistry listeners = factory.unwrap(SessionFactoryImplementor.class)
				.getServiceRegistry()
				.requireService(EventListenerRegistry.class);
			listeners.appendListeners(EventType.POST_INSERT, changes);
			listeners.appendListeners(EventType.POST_UPDATE, changes);
			listeners.appendListeners(EventType.POST_DELETE, changes);
			listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, changes);
			listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, changes);
			listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, changes);
		});
	}

}
