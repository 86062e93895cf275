package org.mirarchive.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The languages of the interface, and which one a reader gets: the one they chose with the
 * switch on every page ({@code ?lang=es}, then remembered in a cookie), otherwise their browser's
 * (Accept-Language), otherwise English. Addresses carry no language, so an entry's permanent
 * address is the same in every language; {@code ?lang=es} added to it opens it in Spanish.
 */
final class Languages {

	/** The query parameter (and cookie) that holds a reader's choice. */
	static final String PARAMETER = "lang";

	static final List<Locale> INTERFACE = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

	/** The language the archive's content (names aside) is written in. */
	static final Locale CONTENT = Locale.ENGLISH;

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

	/** Resolves the reader's language: their choice in the cookie, else the browser's. */
	static CookieLocaleResolver resolver() {
		AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
		browser.setSupportedLocales(INTERFACE);
		browser.setDefaultLocale(Locale.ENGLISH);
		CookieLocaleResolver resolver = new CookieLocaleResolver(PARAMETER) {

			@Override
			protected Locale parseLocaleValue(String value) {
				return offered(super.parseLocaleValue(value));
			}

			@Override
			public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
					LocaleContext context) {
				Locale chosen = context == null ? null : offered(context.getLocale());
				super.setLocaleContext(request, response, chosen == null ? null : new SimpleLocaleContext(chosen));
			}

		};
		resolver.setDefaultLocaleFunction(browser::resolveLocale);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setCookieHttpOnly(true);
		return resolver;
	}

	/** Takes the reader's choice from {@code ?lang=}; a language not offered is ignored. */
	static LocaleChangeInterceptor switcher() {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws ServletException {
				// An error page is a second dispatch of the same request: the choice is already taken.
				return request.getDispatcherType() == DispatcherType.ERROR || super.preHandle(request, response, handler);
			}

			@Override
			protected Locale parseLocaleValue(String value) {
				return offered(super.parseLocaleValue(value));
			}

		};
		interceptor.setParamName(PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		return interceptor;
	}

}
