package org.mirarchive.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.ServletException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


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
import org.mirarchive.entry.EntryPagesShowing;
import org.mirarchive.instances.ArchiveChangedElsewhere;
import org.mirarchive.instances.CommitFollower;

/**
 * Turns on the {@link PageCache} (unless {@code archive.page-cache.enabled=false}) and has it
 * forget the pages that show a change to the archive committed through JPA: the pages of the
 * entries it touched and of those that show them, and every page that is no one entry's; a change
 * to a work, every page. A login, a token's use, a curator's change set waiting for review
 * change no page. Changes made by
 * migrations come with a restart; changes made by another instance of the archive on the same
 * PostgreSQL database are forgotten when that instance's notice comes ({@code org.mirarchive.instances}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "archive.page-cache.enabled", matchIfMissing = true)
class PageCaching {

	private static final Logger log = LoggerFactory.getLogger(PageCaching.class);

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

	/**
	 * Each change to the content this instance commits: the pages that show it are worked out on
	 * the committing transaction's connection, and forgotten once it has committed.
	 */
	@Bean
	CommitFollower pageCacheFollowsCommits(PageCache cache) {
		return (change, connection) -> forgetting(cache, change.entities(), connection);
	}

	/**
	 * A change another instance of the archive made to the same database
	 * ({@code org.mirarchive.instances}): its pages are worked out as this instance reads the
	 * database now. After the search index has followed it.
	 */
	@Bean
	ForgetChangesElsewhere pageCacheForgetsOtherInstancesChanges(PageCache cache, DataSource dataSource) {
		return new ForgetChangesElsewhere(cache, dataSource);
	}

	/**
	 * What to do with the kept pages for a change: forget those that show it ({@link
	 * EntryPagesShowing}), or every page when it may show anywhere or cannot be read.
	 */
	private static Runnable forgetting(PageCache cache, Map<Class<?>, Set<Object>> changed, Connection connection) {
		try {
			Optional<Set<String>> entries = EntryPagesShowing.slugs(changed, connection);
			log.debug("A change of {} shows on {}", changed.keySet(),
					entries.map(slugs -> "the pages of " + slugs + " and the lists").orElse("every page"));
			return entries.<Runnable>map(slugs -> () -> cache.forget(slugs)).orElse(cache::clear);
		}
		catch (SQLException ex) {
			log.warn("Could not read which pages show a change: every page is forgotten", ex);
			return cache::clear;
		}
	}

	record ForgetChangesElsewhere(PageCache cache, DataSource dataSource) {

		@EventListener
		@Order(ArchiveChangedElsewhere.PAGES_ORDER)
		void forget(ArchiveChangedElsewhere change) {
			if (change.everything()) {
				this.cache.clear();
				return;
			}
			Runnable forget;
			try (Connection connection = this.dataSource.getConnection()) {
				forget = forgetting(this.cache, change.entities(), connection);
			}
			catch (SQLException ex) {
				forget = this.cache::clear;
			}
			forget.run();
		}

	}

}
