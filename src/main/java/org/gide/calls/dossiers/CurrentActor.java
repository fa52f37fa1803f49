package org.gide.calls.dossiers;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.gide.accounts.CurrentAccount;

/** Who is looking: the account behind the session (roles as read at login, like the security rules). */
@Component
class CurrentActor {

	private final CurrentAccount current;

	CurrentActor(CurrentAccount current) {
		this.current = current;
	}

	Actor get() {
		return find().orElseThrow(() -> new DossierNotFound());
	}

	Optional<Actor> find() {
		return current.get().map(a -> new Actor(a.id(), a.email(), a.displayName(), a.agent()));
	}

}
