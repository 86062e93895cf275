package org.mirarchive.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
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

	/**
	 * What an answer that sets a cookie may be kept as: by the reader's browser only, asked again
	 * each time, as pages are. A shared cache that kept it would hand the cookie to everyone else.
	 */
	static final CacheControl WITH_COOKIE = CacheControl.maxAge(Duration.ZERO).cachePrivate();

	/** Rewrites {@code @{/css/archive.css}} in templates to the file's hashed URL, error pages included. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * Keeps two rules of HTTP caching on every response, whoever writes its headers (controllers,
	 * advice, Spring's message converters, the language switch), on every dispatch of a request:
	 * see {@link CachingRules}. First in the chain, so that everything after it writes through it.
	 */
	@Bean
	FilterRegistrationBean<Filter> cachingRules() {
		Filter rules = (request, response, chain) -> chain.doFilter(request,
				new CachingRules((HttpServletResponse) response));
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(rules);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageCacheControl());
	}

	/**
	 * A response that keeps two rules of caching, whoever writes its headers:
	 * <ul>
	 * <li>What it varies by is one {@code Vary} header, each name once. Several parts add to it (the
	 * language of every page, {@code Accept} on entries and works and error answers), and an answer
	 * finished in a second dispatch (the download, once built) ran them twice: the download was
	 * sent with {@code Vary} twice.</li>
	 * <li>An answer that sets a cookie (the language switch, {@code ?lang=es}) is kept by no shared
	 * cache ({@link #WITH_COOKIE}), whatever else says it may be: a CDN that kept it would give the
	 * cookie, and the language, to every later reader. The switch's own answer is the only one
	 * affected; the pages a reader then follows carry no cookie and are kept as any other.</li>
	 * </ul>
	 */
	static final class CachingRules extends HttpServletResponseWrapper {

		CachingRules(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setHeader(String name, String value) {
			if (value != null && HttpHeaders.VARY.equalsIgnoreCase(name)) {
				super.setHeader(name, vary(List.of(value)));
			}
			else if (value != null && HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
				super.setHeader(name, setsCookie() ? forTheReaderOnly(value) : value);
			}
			else {
				super.setHeader(name, value);
				keepCookieFromSharedCaches(name);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (value != null && HttpHeaders.VARY.equalsIgnoreCase(name)) {
				List<String> vary = new ArrayList<>(getHeaders(HttpHeaders.VARY));
				vary.add(value);
				super.setHeader(name, vary(vary));
			}
			else if (value != null && HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) && setsCookie()) {
				super.setHeader(name, forTheReaderOnly(value));
			}
			else {
				super.addHeader(name, value);
				keepCookieFromSharedCaches(name);
			}
		}

		@Override
		public void addCookie(Cookie cookie) {
			super.addCookie(cookie);
			keepCookieFromSharedCaches(HttpHeaders.SET_COOKIE);
		}

		/** Read from the response itself, which a later dispatch of the same request shares. */
		private boolean setsCookie() {
			return containsHeader(HttpHeaders.SET_COOKIE);
		}

		private void keepCookieFromSharedCaches(String header) {
			if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(header)) {
				String cacheControl = getHeader(HttpHeaders.CACHE_CONTROL);
				super.setHeader(HttpHeaders.CACHE_CONTROL,
						cacheControl == null ? WITH_COOKIE.getHeaderValue() : forTheReaderOnly(cacheControl));
			}
		}

		/** The names in these values, each once (as first written), in one value; or {@code *} alone. */
		private static String vary(List<String> values) {
			Map<String, String> names = new LinkedHashMap<>();
			for (String value : values) {
				for (String name : value.split(",")) {
					String trimmed = name.strip();
					if (trimmed.equals("*")) {
						return "*";
					}
					if (!trimmed.isEmpty()) {
						names.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), trimmed);
					}
				}
			}
			return String.join(", ", names.values());
		}

		/** A Cache-Control that already keeps shared caches out stays; any other becomes {@link #WITH_COOKIE}. */
		private static String forTheReaderOnly(String cacheControl) {
			String directives = cacheControl.toLowerCase(Locale.ROOT);
			return (directives.contains("private") || directives.contains("no-store"))
					&& !directives.contains("public") && !directives.contains("s-maxage") ? cacheControl
							: WITH_COOKIE.getHeaderValue();
		}

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
