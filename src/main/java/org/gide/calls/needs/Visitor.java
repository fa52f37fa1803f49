package org.gide.calls.needs;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.gide.accounts.CurrentAccount;

/** The signed-in visitor as the needs pages see them: account id, name, and whether an agent (or admin) of Gide. */
record Visitor(long id, String name, boolean agent) {

	/** Reads the visitor from the security context (roles as read at login, like the security rules). */
	@Component
	static class Current {

		private final CurrentAccount current;

		Current(CurrentAccount current) {
			this.current = current;
		}

		Optional<Visitor> get() {
			return current.get().map(a -> new Visitor(a.id(), a.displayName(), a.agent()));
		}

	}

}
