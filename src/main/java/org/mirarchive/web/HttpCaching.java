package org.mirarchive.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * How long browsers, CDNs and reverse proxies may keep what the archive serves. Static files
 * have a hash of their content in their URL and are kept for a year without asking again; pages
 * say when they last changed, so browsers ask again each time (an unchanged page is a bodiless
 * {@code 304}) and shared caches serve their copy for a few minutes before asking.
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching implements WebMvcConfigurer {

	/** A changed file gets a new URL, so its old URL's content never changes: no need to ask again. */
	static final CacheControl STATIC_FILES = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/**
	 * Pages change only with a release or a correction; a shared cache that serves a page for five
	 * minutes spares the application nearly all of its traffic, and a correction shows within
	 * five minutes (or at once, if the deployment purges the cache).
	 */
	static final Duration SHARED_CACHES = Duration.ofMinutes(5);

	/** What pages may be kept: {@link #SHARED_CACHES} by shared caches, asked again each time by browsers. */
	static final CacheControl PAGES = CacheControl.maxAge(Duration.ZERO).sMaxAge(SHARED_CACHES).cachePublic();

	/**
	 * The folders of static files (under {@code src/main/resources/static}). Only URLs in them are
	 * looked up as files: the filter below asks the resource chain about every URL a template
	 * writes, and with one handler for {@code /**} each page link ({@code /people},
	 * {@code /timeline}...) was searched for on the classpath at every request, and never cached
	 * since it is not found: a third of an entry page's processor time.
	 */
	static final List<String> STATIC_FOLDERS = List.of("css", "fonts", "images", "js");

	/**
	 * Replaces Spring Boot's own static-file handling (turned off in application.properties),
	 * whose settings cannot mark a response immutable.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : STATIC_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(STATIC_FILES)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}
	}

	/** Rewrites {@code @{/css/archive.css}} in templates to the file's hashed URL, error pages included. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageCacheControl());
	}

	/** Gives pages that said when they last changed (and so answer conditional requests) {@link #PAGES}. */
	static class PageCacheControl implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView modelAndView) {
			if (response.containsHeader(HttpHeaders.LAST_MODIFIED)) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, PAGES.getHeaderValue());
			}
		}

	}

}
