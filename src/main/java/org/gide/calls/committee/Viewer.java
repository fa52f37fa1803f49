package org.gide.calls.committee;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;

/** The signed-in account as the committee sees it: id, email, name, and whether an agent of the Mission ESS. */
record Viewer(long id, String email, String name, boolean agent) {

	@Component
	static class Current {

		private final Accounts accounts;

		Current(Accounts accounts) {
			this.accounts = accounts;
		}

		Viewer get() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated()
					|| authentication instanceof AnonymousAuthenticationToken) {
				throw new AccessDeniedException("Not signed in");
			}
			boolean agent = authentication.getAuthorities()
				.stream()
				.anyMatch(a -> a.getAuthority().equals(Role.AGENT.authority())
						|| a.getAuthority().equals(Role.ADMIN.authority()));
			Optional<Viewer> viewer = accounts.findByEmail(authentication.getName())
				.map(account -> new Viewer(account.id(), account.email(), account.displayName(), agent));
			return viewer.orElseThrow(() -> new AccessDeniedException("Unknown account"));
		}

	}

}
