package org.mirarchive.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout shows around every page's content for the reader's language: links to the
 * page in the other languages. (Which language each of the archive's texts is shown in, and what
 * the page says about it, is the page's own: {@code model.ContentLanguage}.)
 *
 * @param languages the same page in each other interface language
 */
public record Frame(List<Language> languages) {

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
			// Only the query changes, so the link stays on this page whatever its address. An error
			// page is rendered at /error: the query that counts is the one the reader's address bar shows.
			String query = request.getDispatcherType() == DispatcherType.ERROR
					? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : request.getQueryString();
			List<Language> languages = Languages.INTERFACE.stream()
				.filter(other -> !other.getLanguage().equals(locale.getLanguage()))
				.map(other -> new Language(other.getLanguage(), UriComponentsBuilder.newInstance()
					.query(query)
					.replaceQueryParam(Languages.PARAMETER, other.getLanguage())
					.build()
					.toUriString()))
				.toList();
			return new Frame(languages);
		}

	}

}
