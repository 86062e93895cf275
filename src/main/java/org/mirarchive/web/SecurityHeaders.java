package org.mirarchive.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Strict security headers on every response: pages, static files and error pages. The archive
 * serves its own styles and needs no script, so the Content-Security-Policy allows nothing
 * inline and nothing from another origin; it may not be framed, and asks for no device access.
 * A filter rather than Spring Security: the archive has no logins, only these headers to set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");

	static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "camera=()", "geolocation=()",
			"gyroscope=()", "magnetometer=()", "microphone=()", "payment=()", "usb=()");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Set before the chain runs, so that a response committed early (or an error page) has them too.
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		chain.doFilter(request, response);
	}

	/** Error pages are rendered in a second dispatch, which the container may start afresh. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
