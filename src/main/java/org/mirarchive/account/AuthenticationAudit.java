package org.mirarchive.account;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.mirarchive.account.AuditedAuthentication.Kind;

/**
 * Writes every authentication into the audit log, from the events Spring Security publishes:
 * logins that succeed and fail, logouts, API tokens used and refused; and tells the
 * {@link LoginThrottle} of each failure and success. The address is the client's as the server
 * saw it.
 */
@Component
class AuthenticationAudit {

	private final AuditedAuthenticationRepository log;

	private final LoginThrottle throttle;

	private final Clock clock;

	AuthenticationAudit(AuditedAuthenticationRepository log, LoginThrottle throttle, Clock clock) {
		this.log = log;
		this.throttle = throttle;
		this.clock = clock;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (authentication instanceof BearerToken token) {
			write(Kind.TOKEN_USED, authentication.getName(), token.label());
		}
		else {
			throttle.succeeded(authentication.getName());
			write(Kind.LOGIN, authentication.getName(), null);
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String address = address();
		if (event.getAuthentication() instanceof BearerToken) {
			throttle.failed(null, address);
			write(Kind.TOKEN_REFUSED, null, event.getException().getMessage());
		}
		else {
			String username = event.getAuthentication().getName();
			throttle.failed(username, address);
			write(Kind.LOGIN_FAILED, username, event.getException().getClass().getSimpleName());
		}
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		write(Kind.LOGOUT, event.getAuthentication().getName(), null);
	}

	/** A login refused unheard by the throttle. */
	void throttled(String username) {
		write(Kind.LOGIN_THROTTLED, username, null);
	}

	private void write(Kind kind, String username, String detail) {
		log.save(new AuditedAuthentication(OffsetDateTime.now(clock), kind, username, address(), detail));
	}

	/** The address of the request being served (events are published in its thread). */
	private static String address() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
