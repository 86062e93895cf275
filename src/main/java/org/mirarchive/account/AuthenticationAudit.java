package org.mirarchive.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Writes every authentication into the audit log, from the events Spring Security publishes:
 * logins that succeed and fail, logouts, API tokens used and refused; and tells the
 * {@link LoginThrottle} of each failure and success. The address is the client's as the server
 * saw it.
 */
@Component
class AuthenticationAudit {

	private final AuditLog log;

	private final LoginThrottle throttle;

	AuthenticationAudit(AuditLog log, LoginThrottle throttle) {
		this.log = log;
		this.throttle = throttle;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		if (authentication instanceof BearerToken token) {
			write(AuditKind.TOKEN_USED, authentication.getName(), token.label());
		}
		else {
			throttle.succeeded(authentication.getName());
			write(AuditKind.LOGIN, authentication.getName(), null);
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String address = AuditLog.address();
		if (event.getAuthentication() instanceof BearerToken) {
			throttle.failed(null, address);
			write(AuditKind.TOKEN_REFUSED, null, event.getException().getMessage());
		}
		else {
			String username = event.getAuthentication().getName();
			throttle.failed(username, address);
			write(AuditKind.LOGIN_FAILED, username, event.getException().getClass().getSimpleName());
		}
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		write(AuditKind.LOGOUT, event.getAuthentication().getName(), null);
	}

	/** A login refused unheard by the throttle. */
	void throttled(String username) {
		write(AuditKind.LOGIN_THROTTLED, username, null);
	}

	private void write(AuditKind kind, String username, String detail) {
		log.write(kind, username, null, detail);
	}

}
