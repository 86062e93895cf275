package org.mirarchive.curation;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Whether a signed-in curator (by session or API token) reviews: a reviewer, or an administrator above one. */
public final class Reviewers {

	private static final String REVIEWER = "ROLE_REVIEWER";

	private Reviewers() {
	}

	public static boolean reviews(Authentication curator, RoleHierarchy roles) {
		return curator != null && roles.getReachableGrantedAuthorities(curator.getAuthorities())
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(REVIEWER::equals);
	}

}
