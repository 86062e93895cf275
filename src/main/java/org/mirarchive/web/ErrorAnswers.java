package org.mirarchive.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * How every error is answered, in one format for each kind of client. Programs get RFC 9457
 * problem details ({@code application/problem+json}), as the API's own answers do: everything
 * under {@code /api}, whatever it accepts, and any client that prefers JSON to a page. Everyone
 * else gets a page in the site's layout ({@code templates/error/…}): browsers, and clients that
 * take anything ({@code Accept: *}{@code /*}, as curl and crawlers send), which Spring Boot's own
 * error controller answered with its {@code {"timestamp":…}} JSON. Neither ever says more than
 * the status: no path, message, exception or stack trace.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class ErrorAnswers extends AbstractErrorController {

	/** The API's addresses (docs/api.md): answered in JSON, errors included. */
	static final String API = "/api";

	private final ObjectProvider<RequestMappingHandlerAdapter> mvc;

	ErrorAnswers(ErrorAttributes attributes, ObjectProvider<ErrorViewResolver> pages,
			ObjectProvider<RequestMappingHandlerAdapter> mvc) {
		super(attributes, pages.orderedStream().toList());
		this.mvc = mvc;
	}

	@RequestMapping
	ModelAndView answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = getStatus(request);
		response.setStatus(status.value());
		String path = path(request);
		if (!isApi(path)) {
			// Outside the API the same address answers a page or a problem, by what is accepted.
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		}
		if (isApi(path) || prefersJson(request.getHeader(HttpHeaders.ACCEPT))) {
			write(problem(status), response);
			return null;
		}
		ModelAndView page = resolveErrorView(request, response, status, Map.of());
		return page != null ? page : new ModelAndView("error");
	}

	/** A problem report that names the status and, where it helps, what to do; never the address. */
	static ProblemDetail problem(HttpStatus status) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("about:blank"));
		if (status == HttpStatus.NOT_FOUND) {
			problem.setDetail("There is nothing at this address.");
		}
		else if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			problem.setDetail("This is still being prepared: try again after the time Retry-After gives.");
		}
		else if (status == HttpStatus.UNAUTHORIZED) {
			problem.setDetail("This needs a curator's API token: send Authorization: Bearer <token>.");
		}
		else if (status == HttpStatus.FORBIDDEN) {
			problem.setDetail("This is not allowed with this account's role, or without a valid CSRF token.");
		}
		else if (status.is4xxClientError()) {
			problem.setDetail("The archive cannot answer a request in this form: it is only read (GET), "
					+ "at the addresses its own links and the API give.");
		}
		return problem;
	}

	/** Writes the problem as the API's answers are written, with the same converter. */
	@SuppressWarnings("unchecked")
	private void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
		ServletServerHttpResponse out = new ServletServerHttpResponse(response);
		for (HttpMessageConverter<?> converter : mvc.getObject().getMessageConverters()) {
			if (converter.canWrite(ProblemDetail.class, MediaType.APPLICATION_PROBLEM_JSON)) {
				((HttpMessageConverter<ProblemDetail>) converter).write(problem, MediaType.APPLICATION_PROBLEM_JSON, out);
				out.flush();
				return;
			}
		}
		throw new IllegalStateException("No message converter writes " + MediaType.APPLICATION_PROBLEM_JSON);
	}

	/** The address the reader asked for, within the application. */
	private static String path(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String address ? address.substring(Math.min(address.length(), request.getContextPath().length()))
				: "";
	}

	static boolean isApi(String path) {
		return path.equals(API) || path.startsWith(API + "/");
	}

	/**
	 * Whether a client that sent this {@code Accept} header prefers JSON to a page: it names a JSON
	 * type ({@code application/json}, {@code application/problem+json}, {@code application/ld+json}…)
	 * and ranks it above HTML, and not below anything at all. Without the header, or with one that
	 * cannot be read, it gets the page.
	 */
	static boolean prefersJson(String accept) {
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept);
		}
		catch (IllegalArgumentException unreadable) {
			return false;
		}
		double json = 0;
		double page = 0;
		double anything = 0;
		for (MediaType type : types) {
			double quality = type.getQualityValue();
			String subtype = type.getSubtype();
			if (subtype.equals("json") || subtype.endsWith("+json")) {
				json = Math.max(json, quality);
			}
			else if (type.equalsTypeAndSubtype(MediaType.TEXT_HTML)
					|| type.equalsTypeAndSubtype(MediaType.APPLICATION_XHTML_XML)) {
				page = Math.max(page, quality);
			}
			else if (type.isWildcardSubtype()) {
				anything = Math.max(anything, quality);
			}
		}
		return json > 0 && json > page && json >= anything;
	}

}
