package org.gide.agenda.events;

import java.util.Set;

/**
 * The signed-in person acting on the agenda: an agent (or administrator) of the Département manages every event;
 * anyone else manages the events of the organisations they administer ({@code administered}), and may propose
 * events in the name of those that are resource actors ({@code resourceActors}, a subset).
 */
public record EventManager(long accountId, String displayName, String email, boolean agent, Set<Long> administered,
		Set<Long> resourceActors) {

	public EventManager {
		administered = Set.copyOf(administered);
		resourceActors = Set.copyOf(resourceActors);
	}

	public boolean administers(long organisationId) {
		return administered.contains(organisationId);
	}

}
