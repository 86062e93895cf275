package org.mirarchive.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Keeps the error pages for errors. Spring Boot renders them at {@code /error}, which a reader
 * can also ask for directly; Boot would then describe an error that never happened as a 500.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

	/** A request for the error path itself (not an error forwarded there) is a 404. */
	@Bean
	FilterRegistrationBean<Filter> errorPathIsNotAPage(@Value("${server.error.path:/error}") String errorPath) {
		Filter notFound = (request, response, chain) -> ((HttpServletResponse) response)
			.sendError(HttpStatus.NOT_FOUND.value());
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(notFound);
		registration.addUrlPatterns(errorPath, errorPath + "/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

}
