package org.mirarchive.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
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


import org.springframework.beans.factory.ObjectProvider;
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
import org.mirarchive.address.SearchesReached;
import org.mirarchive.entry.EntryPagesShowing;
import org.mirarchive.instances.ArchiveChangedElsewhere;
import org.mirarchive.instances.CommitFollower;

/**
 * Turns on the {@link PageCache} (unless {@code archive.page-cache.enabled=false}) and has it
 * forget the pages that show a change to the archive committed through JPA ({@link #reach}): the
 * pages of the entries it touched and of those that show them; the lists of the kinds of entries it
 * touched (an entry's kind never changes; a list that says when each entry changed, also of the
 * kinds whose pages show it); the searches whose results it touched, or that a changed entry or
 * work matches once the index has followed the change; and every page that did not say what it
 * shows ({@link org.mirarchive.address.PageShows}: the timeline, home, the works, the sitemap...).
 * A change to a work's record forgets the pages of the entries that cite it, the searches it
 * reaches and the pages that said nothing (a work's own pages among them); a quotation added or
 * changed, with nothing else of its work, the pages of the entries whose citations give it and the
 * pages that said nothing; a change to anything else (a reading path, the glossary), every
 * page. A login, a token's use, a curator's change set waiting for review change no page. Changes
 * made by migrations come with a restart; changes made by another instance of the archive on the
 * same PostgreSQL database are forgotten by the same rule when that instance's notice comes
 * ({@code org.mirarchive.instances}), once the search index has followed them.
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
	 * the committing transaction's connection, and forgotten once it has committed (after the search
	 * index has followed it: {@code instances.ContentChanges}).
	 */
	@Bean
	CommitFollower pageCacheFollowsCommits(PageCache cache, ObjectProvider<SearchesReached> searches) {
		return (change, connection) -> forgetting(cache, searches(searches), change.entities(), change.themselves(),
				connection);
	}

	/**
	 * A change another instance of the archive made to the same database
	 * ({@code org.mirarchive.instances}): its pages are worked out as this instance reads the
	 * database now. After the search index has followed it.
	 */
	@Bean
	ForgetChangesElsewhere pageCacheForgetsOtherInstancesChanges(PageCache cache, DataSource dataSource,
			ObjectProvider<SearchesReached> searches) {
		return new ForgetChangesElsewhere(cache, dataSource, searches(searches));
	}

	/** The searches a change reaches, as the search feature says; without one, every search. */
	private static SearchesReached searches(ObjectProvider<SearchesReached> searches) {
		return (queries, entries, works) -> {
			SearchesReached found = searches.getIfAvailable();
			return found == null ? Set.copyOf(queries) : found.reached(queries, entries, works);
		};
	}

	/**
	 * What to do with the kept pages for a change: forget those it reaches ({@link #reach}), or
	 * every page when it cannot be read.
	 */
	private static Runnable forgetting(PageCache cache, SearchesReached searches, Map<Class<?>, Set<Object>> changed,
			Map<Class<?>, Set<Object>> themselves, Connection connection) {
		try {
			ChangeReach reach = reach(changed, themselves, connection);
			log.debug("A change of {} reaches {}", changed.keySet(), reach);
			return () -> cache.forget(reach, searches);
		}
		catch (SQLException ex) {
			log.warn("Could not read which pages show a change: every page is forgotten", ex);
			return cache::clear;
		}
	}

	/**
	 * What a change reaches, read on a connection ({@link EntryPagesShowing}): for a change to
	 * entries, the entries whose pages show it and the kinds of those it touched; for a change to
	 * works (a work's record, its sections, notes and quotations, each naming its work), the works
	 * whose records changed and the entries whose pages show the change: those that cite a work
	 * whose record changed, those whose citations give a quotation that changed
	 * ({@link EntryPagesShowing#ofWorks(Map, Map, Connection)}). A change to anything else (a reading
	 * path, the glossary), to too much to look up, to a part of a work that does not name its work,
	 * or to an entry that is no longer there to be read may show on any page.
	 *
	 * @param changed the entities changed, with those they point to
	 * @param themselves those that changed themselves ({@code instances.ContentChange#themselves}); the
	 * same as {@code changed} for another instance's change, whose notice does not tell them apart:
	 * a work named there is taken to have changed itself
	 */
	static ChangeReach reach(Map<Class<?>, ? extends Collection<?>> changed,
			Map<Class<?>, ? extends Collection<?>> themselves, Connection connection) throws SQLException {
		Map<Class<?>, Collection<?>> ofEntries = new HashMap<>();
		for (Map.Entry<Class<?>, ? extends Collection<?>> each : changed.entrySet()) {
			if (EntryPagesShowing.ofEntries(each.getKey())) {
				ofEntries.put(each.getKey(), each.getValue());
			}
			else if (!EntryPagesShowing.ofWorks(each.getKey())) {
				return ChangeReach.EVERYTHING;
			}
		}
		Optional<EntryPagesShowing.Reach> reach = EntryPagesShowing.reach(ofEntries, connection);
		if (reach.isEmpty()) {
			return ChangeReach.EVERYTHING;
		}
		Optional<EntryPagesShowing.WorksReach> works = EntryPagesShowing.ofWorks(changed, themselves, connection);
		if (works.isEmpty()) {
			return ChangeReach.EVERYTHING;
		}
		Set<Long> showing = new HashSet<>(reach.get().showing());
		showing.addAll(works.get().showing());
		Map<Long, EntryPagesShowing.Addressed> addressed = new HashMap<>();
		EntryPagesShowing.addresses(showing, connection).forEach(entry -> addressed.put(entry.id(), entry));
		if (!addressed.keySet().containsAll(showing)) {
			return ChangeReach.EVERYTHING;
		}
		Set<String> slugs = new HashSet<>();
		Set<String> showingKinds = new HashSet<>();
		addressed.values().forEach(entry -> {
			slugs.add(entry.slug());
			showingKinds.add(entry.kind().name());
		});
		Set<String> touchedKinds = new HashSet<>();
		reach.get().touched().forEach(id -> touchedKinds.add(addressed.get(id).kind().name()));
		return new ChangeReach(false, slugs, touchedKinds, showingKinds, reach.get().touched(), works.get().records());
	}

	record ForgetChangesElsewhere(PageCache cache, DataSource dataSource, SearchesReached searches) {

		@EventListener
		@Order(ArchiveChangedElsewhere.PAGES_ORDER)
		void forget(ArchiveChangedElsewhere change) {
			if (change.everything()) {
				this.cache.clear();
				return;
			}
			Runnable forget;
			try (Connection connection = this.dataSource.getConnection()) {
				// The notice names the works that came with a changed part as it names the rest: each
				// is taken to have changed itself, and reaches every page citing it.
				forget = forgetting(this.cache, this.searches, change.entities(), change.entities(), connection);
			}
			catch (SQLException ex) {
				forget = this.cache::clear;
			}
			forget.run();
		}

	}

}
