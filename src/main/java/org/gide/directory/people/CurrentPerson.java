package org.gide.directory.people;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;

/** Who is looking: the account behind the session (roles as read at login, like the security rules). */
@Component
class CurrentPerson {

	private final Accounts accounts;

	CurrentPerson(Accounts accounts) {
		this.accounts = accounts;
	}

	Optional<Person> get() {
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
			.map(account -> new Person(account.id(), account.email(), account.displayName(), agent));
	}

}
