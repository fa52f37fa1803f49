package org.gide.calls.needs;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;

/** The signed-in visitor as the needs pages see them: account id, name, and whether an agent (or admin) of Gide. */
record Visitor(long id, String name, boolean agent) {

	/** Reads the visitor from the security context (roles as read at login, like the security rules). */
	@Component
	static class Current {

		private final Accounts accounts;

		Current(Accounts accounts) {
			this.accounts = accounts;
		}

		Optional<Visitor> get() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated()
					|| authentication instanceof AnonymousAuthenticationToken) {
				return Optional.empty();
			}
			boolean agent = authentication.getAuthorities()
				.stream()
				.anyMatch(a -> a.getAuthority().equals(Role.AGENT.authority())
						|| a.getAuthority().equals(Role.ADMIN.authority()));
			return accounts.findByEmail(authentication.getName())
				.map(account -> new Visitor(account.id(), account.displayName(), agent));
		}

	}

}
