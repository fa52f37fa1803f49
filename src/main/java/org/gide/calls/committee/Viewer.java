package org.gide.calls.committee;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.gide.accounts.CurrentAccount;

/** The signed-in account as the committee sees it: id, email, name, and whether an agent of the Mission ESS. */
record Viewer(long id, String email, String name, boolean agent) {

	@Component
	static class Current {

		private final CurrentAccount current;

		Current(CurrentAccount current) {
			this.current = current;
		}

		Viewer get() {
			return current.get()
				.map(a -> new Viewer(a.id(), a.email(), a.displayName(), a.agent()))
				.orElseThrow(() -> new AccessDeniedException("Not signed in"));
		}

	}

}
