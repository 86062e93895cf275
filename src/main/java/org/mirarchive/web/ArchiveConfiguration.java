package org.mirarchive.web;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import org.mirarchive.model.DateWords;
import org.mirarchive.model.Release;
import org.mirarchive.work.Locators;

/**
 * Wires the plain domain classes that need the message bundles, and the reader's locale; turns
 * on the caches (the counts of entries and works, {@code application.properties}). Here rather
 * than on the application class, so that slice tests, which have no cache, do not need one.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class ArchiveConfiguration implements WebMvcConfigurer {

	@Bean
	DateWords dateWords(MessageSource messages) {
		return new DateWords(messages);
	}

	@Bean
	Locators locators(MessageSource messages) {
		return new Locators(messages);
	}

	/**
	 * The running release, dated by the build information the Maven build writes. Run without
	 * it (from an IDE), the start time stands in: as safe for caching, only renewed more often.
	 */
	@Bean
	Release release(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		return new Release(properties != null && properties.getTime() != null ? properties.getTime() : Instant.now());
	}

	/** Today's date for citations' access dates; a bean so that tests can read the same clock. */
	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	/** Room in Thymeleaf's caches for every template and expression: see {@link TemplateCaches}. */
	@Bean
	static TemplateCaches templateCaches() {
		return new TemplateCaches();
	}

	/** The interface is in English or Spanish: see {@link Languages}. */
	@Bean
	LocaleResolver localeResolver() {
		return Languages.resolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(Languages.switcher());
		registry.addInterceptor(new LanguageAlternates());
	}

	/** Before every other filter: see {@link Languages#readableBrowserLanguages()}. */
	@Bean
	FilterRegistrationBean<Filter> readableBrowserLanguages() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(Languages.readableBrowserLanguages());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
