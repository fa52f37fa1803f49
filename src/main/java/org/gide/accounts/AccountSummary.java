package org.gide.accounts;

import java.util.Set;

/** What other modules may know of an account. */
public record AccountSummary(long id, String email, String displayName, Set<Role> roles) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

}
