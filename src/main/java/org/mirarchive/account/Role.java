package org.mirarchive.account;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * What a curator may do. An editor proposes changes; a reviewer approves and publishes them and
 * may edit directly; an administrator manages accounts and roles. Each role includes the ones
 * before it: a reviewer may do all an editor may, an administrator all a reviewer may.
 */
public enum Role {

	EDITOR, REVIEWER, ADMINISTRATOR;

	/** The role's authority as Spring Security checks it ({@code hasRole("EDITOR")}). */
	String authority() {
		return "ROLE_" + name();
	}

	/** The role given by name, in any case ("editor"); null if none is named so. */
	static Role named(String name) {
		if (name == null) {
			return null;
		}
		for (Role role : values()) {
			if (role.name().equalsIgnoreCase(name.strip())) {
				return role;
			}
		}
		return null;
	}

	/** Administrator includes reviewer, which includes editor. */
	static RoleHierarchy hierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(ADMINISTRATOR.name())
			.implies(REVIEWER.name())
			.role(REVIEWER.name())
			.implies(EDITOR.name())
			.build();
	}

}
