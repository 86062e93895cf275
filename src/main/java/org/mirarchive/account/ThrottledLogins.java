package org.mirarchive.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login unheard, before any password is checked, while the {@link LoginThrottle} holds
 * its username or address: back to the login page, which says to wait. Placed just before Spring
 * Security's form login (after its CSRF check).
 */
class ThrottledLogins extends OncePerRequestFilter {

	private static final RequestMatcher LOGIN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST,
			SecurityConfiguration.LOGIN);

	private final LoginThrottle throttle;

	private final AuthenticationAudit audit;

	ThrottledLogins(LoginThrottle throttle, AuthenticationAudit audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (LOGIN.matches(request)) {
			String username = request.getParameter("username");
			if (throttle.refuses(username, request.getRemoteAddr())) {
				audit.throttled(username);
				response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN + "?throttled");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
