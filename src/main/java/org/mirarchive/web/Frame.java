package org.mirarchive.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout shows around every page's content, in the reader's language: links to the
 * page in the other languages, and for print, the page's permanent address. (Not the day: pages
 * answer conditional requests by when their data last changed, so a browser may print a copy
 * served days before; the browser's own print header gives the day it prints.)
 *
 * @param address the page's permanent address, absolute and without a query
 * @param languages the same page in each other interface language
 * @param contentInAnotherLanguage whether the archive's content is in another language than the interface
 */
public record Frame(String address, List<Language> languages, boolean contentInAnotherLanguage) {

	/** A link to the same page in another language: its tag ("es") and address ("?lang=es"). */
	public record Language(String tag, String href) {
	}

	/** Puts the {@link Frame} of the page being served in the model as {@code frame}. */
	@ControllerAdvice
	static class Advice {

		@ModelAttribute("frame")
		Frame frame(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			// The same address is served in the language of the reader's browser or cookie.
			response.addHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
			// An error page is rendered at /error; the reader's address bar still shows the original one.
			String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String query = (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
			if (path == null) {
				path = request.getRequestURI();
				query = request.getQueryString();
			}
			String address = ServletUriComponentsBuilder.fromRequestUri(request)
				.replacePath(path)
				.replaceQuery(null)
				.build()
				.toUriString();
			// Only the query changes, so the link stays on this page whatever its address.
			String currentQuery = query;
			List<Language> languages = Languages.INTERFACE.stream()
				.filter(other -> !other.getLanguage().equals(locale.getLanguage()))
				.map(other -> new Language(other.getLanguage(), UriComponentsBuilder.newInstance()
					.query(currentQuery)
					.replaceQueryParam(Languages.PARAMETER, other.getLanguage())
					.build()
					.toUriString()))
				.toList();
			return new Frame(address, languages,
					!Languages.CONTENT.getLanguage().equals(locale.getLanguage()));
		}

	}

}
