package org.gide.directory.people;

import java.util.Optional;

import org.springframework.stereotype.Component;

import org.gide.accounts.CurrentAccount;

/** Who is looking: the account behind the session (roles as read at login, like the security rules). */
@Component
class CurrentPerson {

	private final CurrentAccount current;

	CurrentPerson(CurrentAccount current) {
		this.current = current;
	}

	Optional<Person> get() {
		return current.get().map(a -> new Person(a.id(), a.email(), a.displayName(), a.agent()));
	}

}
