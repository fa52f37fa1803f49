package org.gide.calls.dossiers;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;

/** Who is looking: the account behind the session (roles as read at login, like the security rules). */
@Component
class CurrentActor {

	private final Accounts accounts;

	CurrentActor(Accounts accounts) {
		this.accounts = accounts;
	}

	Actor get() {
		return find().orElseThrow(() -> new DossierNotFound());
	}

	Optional<Actor> find() {
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
			.map(account -> new Actor(account.id(), account.email(), account.displayName(), agent));
	}

}
