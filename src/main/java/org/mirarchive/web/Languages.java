package org.mirarchive.web;

import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The languages of the interface, and which one a reader gets: the one they chose with the
 * switch on every page ({@code ?lang=es}, then remembered in a cookie), otherwise their browser's
 * (Accept-Language), otherwise English. Addresses carry no language, so an entry's permanent
 * address is the same in every language; {@code ?lang=es} added to it opens it in Spanish.
 *
 * <p>Whatever a request says about language is read leniently: a cookie, parameter or header
 * naming a language the archive does not offer, or nothing readable at all, counts as not said,
 * silently. The {@code lang} cookie may have been set by another site on the same domain, and a
 * reader must never be locked out of the archive by it.
 */
final class Languages {

	/** The query parameter (and cookie) that holds a reader's choice. */
	static final String PARAMETER = "lang";

	static final List<Locale> INTERFACE = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	private Languages() {
	}

	/** The interface language for a requested one ("es-CL" gets Spanish), or null if there is none. */
	static Locale offered(Locale requested) {
		if (requested == null) {
			return null;
		}
		return INTERFACE.stream()
			.filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The interface language a cookie's or parameter's value names ("es", "es-CL", "es_CL"), or
	 * null if it names none: a language not offered, or a value that is not a language at all.
	 */
	static Locale offered(String value) {
		if (value == null) {
			return null;
		}
		try {
			return offered(StringUtils.parseLocale(value));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Resolves the reader's language: their choice in the cookie, else the browser's. A cookie that
	 * names no language offered is ignored (the browser's language counts), and left as it is.
	 */
	static CookieLocaleResolver resolver() {
		AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
		browser.setSupportedLocales(INTERFACE);
		browser.setDefaultLocale(Locale.ENGLISH);
		CookieLocaleResolver resolver = new CookieLocaleResolver(PARAMETER) {

			@Override
			protected Locale parseLocaleValue(String value) {
				return offered(value);
			}

			/**
			 * A language asked for in the address counts before the cookie, here as well as in the
			 * {@link #switcher() switcher}, which runs only where a handler answers: an address
			 * nothing answers (a broken link with {@code ?lang=es}) gets its error page in the
			 * language it asked for.
			 */
			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				Locale asked = askedInAddress(request);
				return asked != null ? asked : super.resolveLocale(request);
			}

			@Override
			public LocaleContext resolveLocaleContext(HttpServletRequest request) {
				Locale asked = askedInAddress(request);
				return asked != null ? new SimpleLocaleContext(asked) : super.resolveLocaleContext(request);
			}

			/**
			 * Keeps a choice of a language offered; anything else changes nothing (Spring would
			 * otherwise write an empty cookie that lasts a year).
			 */
			@Override
			public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
					LocaleContext context) {
				Locale chosen = context == null ? null : offered(context.getLocale());
				if (chosen != null) {
					super.setLocaleContext(request, response, new SimpleLocaleContext(chosen));
				}
			}

		};
		// Spring throws for a cookie it cannot read (a bad time zone part, say): a 500 on every page,
		// for every caller, the kept pages' key included. The archive writes none such: ignore it.
		resolver.setRejectInvalidCookies(false);
		resolver.setDefaultLocaleFunction(request -> {
			try {
				return browser.resolveLocale(request);
			}
			catch (IllegalArgumentException refused) {
				// Tomcat refuses to read more than ten languages (maxLocaleCount), once.
				return Locale.ENGLISH;
			}
		});
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	/**
	 * The language the address asks for, or null, read from the query string as written: asking
	 * the request for its parameters would make Tomcat parse them all, and a request whose
	 * parameters cannot be read must still reach {@link ErrorPages} as the 400 it is.
	 */
	private static Locale askedInAddress(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.startsWith(PARAMETER + "=")) {
				return offered(pair.substring(PARAMETER.length() + 1));
			}
		}
		return null;
	}

	/**
	 * Lets everything after it read the browser's languages without failing: Tomcat refuses an
	 * {@code Accept-Language} of more than ten languages with an exception from
	 * {@code getLocale()}, which Spring's request context (and anything else that asks) would
	 * turn into a 500 on every page. Such a reader counts as having said nothing: English.
	 */
	static Filter readableBrowserLanguages() {
		return (request, response, chain) -> chain.doFilter(
				new HttpServletRequestWrapper((HttpServletRequest) request) {

					@Override
					public Locale getLocale() {
						try {
							return super.getLocale();
						}
						catch (IllegalArgumentException refused) {
							return Locale.ENGLISH;
						}
					}

					@Override
					public Enumeration<Locale> getLocales() {
						try {
							return super.getLocales();
						}
						catch (IllegalArgumentException refused) {
							return Collections.enumeration(List.of(Locale.ENGLISH));
						}
					}

				}, response);
	}

	/**
	 * Takes the reader's choice from {@code ?lang=}; a language not offered, or a value that is
	 * none, is ignored: the page comes in the language the reader would have had without it.
	 */
	static LocaleChangeInterceptor switcher() {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws ServletException {
				// An error page, or an answer completed later (the download), is a further dispatch
				// of the same request: the choice is already taken, and its cookie already set.
				return request.getDispatcherType() != DispatcherType.REQUEST
						|| super.preHandle(request, response, handler);
			}

			@Override
			protected Locale parseLocaleValue(String value) {
				return offered(value);
			}

		};
		interceptor.setParamName(PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		return interceptor;
	}

}
