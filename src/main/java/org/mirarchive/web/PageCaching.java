package org.mirarchive.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.persistence.EntityManagerFactory;
import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import org.mirarchive.address.ArchiveAddresses;
import org.mirarchive.instances.ArchiveChangedElsewhere;

/**
 * Turns on the {@link PageCache} (unless {@code archive.page-cache.enabled=false}) and has it
 * forget every page when a change to the archive is committed through JPA. Changes made by
 * migrations come with a restart; changes made by another instance of the archive on the same
 * PostgreSQL database are forgotten when that instance's notice comes ({@code org.mirarchive.instances}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "archive.page-cache.enabled", matchIfMissing = true)
class PageCaching {

	@Bean
	PageCache pageCache(@Value("${archive.page-cache.size:64MB}") DataSize size,
			@Value("${archive.page-cache.time-to-live:60s}") Duration timeToLive, ArchiveAddresses addresses,
			LocaleResolver locales, Clock clock) {
		return new PageCache(size, timeToLive, addresses, locales, clock, Ticker.systemTicker());
	}

	@Bean
	FilterRegistrationBean<PageCache> pageCacheFilter(PageCache cache) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(cache);
		// Just after the security headers, before anything that works on a page being rendered.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Tomcat answers requests for kept pages before they enter the servlet pipeline (its filter chain
	 * and Spring's dispatch): measured, 38,000 to 40,000–43,000 kept entry pages a second.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> pageCacheValve(PageCache cache) {
		return factory -> factory.addContextValves(new ValveBase(true) {

			@Override
			public void invoke(Request request, Response response) throws IOException, ServletException {
				if (cache.serve(request, response)) {
					return;
				}
				try {
					getNext().invoke(request, response);
				}
				finally {
					// Rendered by the filter, or never reached it: no page is left half kept.
					cache.abandon(request);
				}
			}

		});
	}

	/** Once JPA is up (it may start in the background), every commit that changes data clears the cache. */
	@Bean
	SmartInitializingSingleton pageCacheForgetsChanges(PageCache cache,
			ObjectProvider<EntityManagerFactory> entityManagerFactory) {
		return () -> entityManagerFactory.ifAvailable(factory -> forgetOnCommit(factory, cache));
	}

	private static void forgetOnCommit(EntityManagerFactory factory, PageCache cache) {
		Forget forget = new Forget(cache);
		EventListenerRegistry listeners = factory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		listeners.appendListeners(EventType.POST_COMMIT_INSERT, forget);
		listeners.appendListeners(EventType.POST_COMMIT_UPDATE, forget);
		listeners.appendListeners(EventType.POST_COMMIT_DELETE, forget);
	}

	/**
	 * A change another instance of the archive made to the same database
	 * ({@code org.mirarchive.instances}): every page may show it. After the search index has followed it.
	 */
	@Bean
	ForgetChangesElsewhere pageCacheForgetsOtherInstancesChanges(PageCache cache) {
		return new ForgetChangesElsewhere(cache);
	}

	record ForgetChangesElsewhere(PageCache cache) {

		@EventListener
		@Order(ArchiveChangedElsewhere.PAGES_ORDER)
		void forget(ArchiveChangedElsewhere change) {
			this.cache.clear();
		}

	}

	/** Any committed insert, update or delete of any entity: every page may show it. */
	private record Forget(PageCache cache) implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
			PostCommitDeleteEventListener {

		@Override
		public void onPostInsert(PostInsertEvent event) {
			this.cache.clear();
		}

		@Override
		public void onPostUpdate(PostUpdateEvent event) {
			this.cache.clear();
		}

		@Override
		public void onPostDelete(PostDeleteEvent event) {
			this.cache.clear();
		}

		@Override
		public void onPostInsertCommitFailed(PostInsertEvent event) {
		}

		@Override
		public void onPostUpdateCommitFailed(PostUpdateEvent event) {
		}

		@Override
		public void onPostDeleteCommitFailed(PostDeleteEvent event) {
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return true;
		}

	}

}
