package org.gide.accounts;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The account behind the current request, for modules that check rights on their own objects. Roles are those read
 * at login, like the security rules; an account is an agent of the Mission ESS when it has the AGENT or ADMIN role.
 */
@Component
public class CurrentAccount {

	/** The signed-in account: id, email, display name, and whether it acts as an agent. */
	public record SignedIn(long id, String email, String displayName, boolean agent) {
	}

	private final Accounts accounts;

	CurrentAccount(Accounts accounts) {
		this.accounts = accounts;
	}

	/** Empty for anonymous visitors (and for a session whose account no longer exists). */
	public Optional<SignedIn> get() {
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
			.map(account -> new SignedIn(account.id(), account.email(), account.displayName(), agent));
	}

}
