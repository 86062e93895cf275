package org.mirarchive.account;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A curator's session follows their account, at every request: once the account is disabled, the
 * session ends at its next request (invalidated, and the curator sent to the login page, which
 * refuses them); once its role changes, the session has the new role from its next request on.
 * Spring Security keeps what it read at login in the session; this reads the account again, one
 * query per curator's request (readers' requests never come here). Placed before the chain's
 * authorization, so that what is authorized is the account as it is now.
 */
class SessionFollowsAccount extends OncePerRequestFilter {

	private final AccountRepository accounts;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	SessionFollowsAccount(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication session = SecurityContextHolder.getContext().getAuthentication();
		if (session instanceof UsernamePasswordAuthenticationToken && session.isAuthenticated()) {
			Optional<Account> account = accounts.findByUsername(session.getName()).filter(Account::isEnabled);
			if (account.isEmpty()) {
				HttpSession ended = request.getSession(false);
				if (ended != null) {
					ended.invalidate();
				}
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN);
				return;
			}
			String authority = account.get().getRole().authority();
			if (session.getAuthorities().size() != 1
					|| !session.getAuthorities().iterator().next().getAuthority().equals(authority)) {
				UsernamePasswordAuthenticationToken now = UsernamePasswordAuthenticationToken.authenticated(
						session.getPrincipal(), null, List.of(new SimpleGrantedAuthority(authority)));
				now.setDetails(session.getDetails());
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(now);
				SecurityContextHolder.setContext(context);
				sessions.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

}
