package org.mirarchive.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import org.mirarchive.address.PageAddresses;

/**
 * Tells search engines where each page is in each language: the layout's
 * {@code link rel="alternate" hreflang} tags, and the sitemaps' {@code xhtml:link}s. A page in a
 * language is its canonical address with {@code ?lang=} ({@code …/people/miguel-enriquez?lang=es}),
 * which serves that language to anyone, a crawler without cookies included; the address without it
 * is the {@code x-default}, served in the reader's browser's language. A page asked for in a language
 * by {@code ?lang=} is its own canonical page (a search engine drops an alternate whose canonical
 * link points elsewhere); its permanent address, which a printed page gives, stays the one without
 * a language. Pages without a canonical address (error pages) get none.
 */
final class LanguageAlternates implements HandlerInterceptor {

	/** The model attribute the layout reads. */
	static final String ALTERNATES = "alternates";

	/**
	 * The model attribute of the page's permanent address, without a language: what a printed page
	 * gives, so that a student types the address a citation gives.
	 */
	static final String PERMANENT = "permanentUrl";

	/** The {@code hreflang} of the address served in the reader's own language. */
	static final String DEFAULT = "x-default";

	/** A page in one language: its {@code hreflang} and absolute address. */
	public record Alternate(String hreflang, String href) {
	}

	/**
	 * The page at an absolute address in every interface language, then the address itself as
	 * {@code x-default}.
	 */
	static List<Alternate> of(String canonical) {
		List<Alternate> alternates = new ArrayList<>();
		for (Locale language : Languages.INTERFACE) {
			alternates.add(new Alternate(language.getLanguage(), in(canonical, language)));
		}
		alternates.add(new Alternate(DEFAULT, canonical));
		return alternates;
	}

	/** An absolute address with the language it is asked in. */
	static String in(String canonical, Locale language) {
		return UriComponentsBuilder.fromUriString(canonical)
			.replaceQueryParam(Languages.PARAMETER, language.getLanguage())
			.build()
			.toUriString();
	}

	/**
	 * After the controller, which may have put its own canonical address (the timeline's filters):
	 * a redirect's model has none, so nothing is added to its address.
	 */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || request.getDispatcherType() == DispatcherType.ERROR
				|| !(page.getModel().get(PageAddresses.CANONICAL) instanceof String canonical)) {
			return;
		}
		page.addObject(ALTERNATES, of(canonical));
		page.addObject(PERMANENT, canonical);
		String parameter = request.getParameter(Languages.PARAMETER);
		Locale asked = parameter == null ? null : Languages.offered(parameter);
		if (asked != null) {
			page.addObject(PageAddresses.CANONICAL, in(canonical, asked));
		}
	}

}
