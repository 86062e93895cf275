package org.mirarchive.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Keeps the error pages for errors, and the client's errors out of the log. Spring Boot renders errors
 * at {@code /error} ({@link ErrorAnswers}), which a reader can also ask for directly; Boot would
 * then describe an error that never happened as a 500.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages implements WebMvcConfigurer {

	/** A request for the error path itself (not an error forwarded there) is a 404. */
	@Bean
	FilterRegistrationBean<Filter> errorPathIsNotAPage(@Value("${spring.web.error.path:/error}") String errorPath) {
		Filter notFound = (request, response, chain) -> ((HttpServletResponse) response)
			.sendError(HttpStatus.NOT_FOUND.value());
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(notFound);
		registration.addUrlPatterns(errorPath, errorPath + "/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	/** After Spring's own resolvers, so that a controller may still answer it its own way (the search page does). */
	@Override
	public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
		resolvers.add(ErrorPages::unreadableRequest);
	}

	/**
	 * A request the server cannot read is the client's error, a 400 (or what Tomcat says), not a
	 * failure of the archive. Unresolved, Spring passed these on as failures of the application,
	 * which Tomcat logged at ERROR with a stack trace, some sixty lines that anyone could have the
	 * server write at will (and answered with a 500 for the second). Answered here, they log at
	 * most Spring's one line for a resolved exception.
	 * <ul>
	 * <li>Parameters that cannot be read (one without a name, {@code /?=x}, or not UTF-8), which
	 * Tomcat finds only when something first asks for a parameter: on every route, the language
	 * switch.</li>
	 * <li>An {@code Accept} header that cannot be read ({@code Accept: ,,,}) where Spring's
	 * content negotiation does not read it first: the health endpoint parses it itself.</li>
	 * </ul>
	 */
	private static ModelAndView unreadableRequest(HttpServletRequest request, HttpServletResponse response,
			Object handler, Exception ex) {
		int status;
		if (ex instanceof InvalidParameterException unreadable) {
			status = unreadable.getErrorCode();
		}
		else if (ex instanceof InvalidMimeTypeException) {
			status = HttpStatus.BAD_REQUEST.value();
		}
		else {
			return null;
		}
		if (response.isCommitted()) {
			return null;
		}
		try {
			response.sendError(status);
		}
		catch (IOException failed) {
			return null;
		}
		return new ModelAndView();
	}

}
