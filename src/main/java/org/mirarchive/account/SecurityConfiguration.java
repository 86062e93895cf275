package org.mirarchive.account;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what, as three filter chains, one per kind of request:
 * <ol>
 * <li>the API's writes (any method but GET and HEAD under {@code /api}), and its change sets
 * ({@code /api/changes…}, which show work not yet published): an API token in
 * {@code Authorization: Bearer}, no session, no cookie, so no CSRF to forge;</li>
 * <li>the curators' pages ({@code /login}, {@code /logout}, {@code /account…}, {@code /curate…}): form login with
 * Spring Security's defaults, a session (its id changed at login, following its account at each
 * request: {@link SessionFollowsAccount}), CSRF on every form, {@code Cache-Control: no-store};
 * the audit log and the accounts page for administrators only;</li>
 * <li>everything else, which readers read: open to all, and stateless, so that no session is
 * made and no cookie or header is added. The archive's own headers ({@code web.SecurityHeaders},
 * {@code web.HttpCaching}) stay as they are: Spring Security writes none of its own here.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String LOGIN = "/login";

	static final String ACCOUNT = "/account";

	/** The curators' screens: editing, change sets and the review queue. */
	static final String CURATE = "/curate";

	/** The change sets, waiting or decided: curators' work, not published, read by API token too. */
	static final String API_CHANGES = "/api/changes";

	/**
	 * The API's writes: every method that may change something, under {@code /api}; and the
	 * change sets ({@code /api/changes…}), whatever the method, since they show unpublished work.
	 */
	static final RequestMatcher API_WRITES = request -> {
		String method = request.getMethod();
		return !HttpMethod.GET.matches(method) && !HttpMethod.HEAD.matches(method)
				&& PathPatternRequestMatcher.pathPattern("/api/**").matches(request)
				|| PathPatternRequestMatcher.pathPattern(API_CHANGES).matches(request)
				|| PathPatternRequestMatcher.pathPattern(API_CHANGES + "/**").matches(request);
	};

	/** Passwords hashed by Spring Security's current choice (bcrypt), each stored as {@code {id}hash}. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return Role.hierarchy();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiWrites(HttpSecurity http, BearerTokens tokens, AuthenticationEventPublisher events)
			throws Exception {
		ProviderManager manager = new ProviderManager(BearerTokens.provider(tokens));
		manager.setAuthenticationEventPublisher(events);
		AuthenticationEntryPoint unauthorized = (request, response, refused) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		};
		AuthenticationFilter bearer = new AuthenticationFilter(manager, BearerTokens.FROM_HEADER);
		// Authenticated, the request goes on to its controller (the default would redirect).
		bearer.setSuccessHandler((request, response, authentication) -> {
		});
		bearer.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
		http.securityMatcher(API_WRITES)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/accounts")
				.hasRole(Role.ADMINISTRATOR.name())
				// Deciding on a change set is a reviewer's, as on the curators' pages.
				.requestMatchers(HttpMethod.POST, API_CHANGES + "/*/approve", API_CHANGES + "/*/reject")
				.hasRole(Role.REVIEWER.name())
				.anyRequest()
				.hasRole(Role.EDITOR.name()))
			.addFilterBefore(bearer, AnonymousAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults()))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain curators(HttpSecurity http, LoginThrottle throttle, AuthenticationAudit audit,
			AccountRepository accounts) throws Exception {
		http.securityMatcher(LOGIN, "/logout", ACCOUNT, ACCOUNT + "/**", CURATE, CURATE + "/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(LOGIN)
				.permitAll()
				.requestMatchers(AuditController.AUDIT, AccountsController.ACCOUNTS, AccountsController.ACCOUNTS + "/**")
				.hasRole(Role.ADMINISTRATOR.name())
				// Deciding on a change set is a reviewer's: approving, asking for changes, rejecting.
				.requestMatchers(HttpMethod.POST, CURATE + "/changes/*/decision")
				.hasRole(Role.REVIEWER.name())
				.anyRequest()
				.hasRole(Role.EDITOR.name()))
			.formLogin(login -> login.loginPage(LOGIN).defaultSuccessUrl(ACCOUNT).failureUrl(LOGIN + "?error"))
			.logout(logout -> logout.logoutSuccessUrl(LOGIN + "?logout"))
			.addFilterBefore(new ThrottledLogins(throttle, audit), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new SessionFollowsAccount(accounts), AuthorizationFilter.class)
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			// A reader sent to the login page from a curator's page is given no session for it.
			.requestCache(cache -> cache.disable())
			// Only Cache-Control (no-store): every other header is the archive's own, on every response.
			.headers(headers -> headers.defaultsDisabled().cacheControl(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain readers(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.disable());
		return http.build();
	}

	/**
	 * The session cookie (curators only; Spring Session writes it) is HttpOnly and SameSite=Lax
	 * always, and Secure behind TLS: on a request that came in over TLS, and always where the
	 * archive's public address ({@code ARCHIVE_BASE_URL}) is https, as behind a proxy that ends TLS.
	 */
	@Bean
	DefaultCookieSerializerCustomizer secureSessionCookie(@Value("${archive.base-url:}") String baseUrl) {
		return cookies -> {
			if (baseUrl.regionMatches(true, 0, "https://", 0, "https://".length())) {
				cookies.setUseSecureCookie(true);
			}
		};
	}

}
