package org.mirarchive.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the curator an API token belongs to, by the token's hash: unknown and revoked tokens,
 * and tokens of a disabled account, are refused. Each use is dated on the token.
 */
@Component
class BearerTokens {

	private static final String BEARER = "Bearer ";

	private final ApiTokenRepository tokens;

	private final Clock clock;

	BearerTokens(ApiTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@Transactional
	BearerToken authenticate(BearerToken presented) {
		ApiToken token = tokens.findByTokenHash(TokenHashes.hash(presented.token()))
			.filter(found -> !found.isRevoked() && found.getAccount().isEnabled())
			.orElseThrow(() -> new BadCredentialsException("Unknown or revoked API token"));
		token.used(OffsetDateTime.now(clock));
		Account account = token.getAccount();
		return new BearerToken(account.getUsername(), token.getLabel(),
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
	}

	/** The token of a request that has {@code Authorization: Bearer <token>}; null for any other. */
	static final AuthenticationConverter FROM_HEADER = (HttpServletRequest request) -> {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		String token = header.substring(BEARER.length()).strip();
		if (token.isEmpty()) {
			throw new BadCredentialsException("Empty bearer token");
		}
		return new BearerToken(token);
	};

	/**
	 * As Spring Security's authentication managers take it: calling these tokens' bean (its
	 * transactional proxy), so that each use is dated in a transaction.
	 */
	static AuthenticationProvider provider(BearerTokens tokens) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				return tokens.authenticate((BearerToken) authentication);
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return BearerToken.class.isAssignableFrom(authentication);
			}

		};
	}

}
