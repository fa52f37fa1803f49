package org.gide.agenda.events;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.gide.accounts.CurrentAccount;
import org.gide.accounts.Role;
import org.gide.agenda.EventKind;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationMemberships;
import org.gide.directory.Organisations;

/**
 * Who may manage which event, decided in one place for every part of the agenda (forms, participants, attendance,
 * reports). Agents and administrators manage every event; the administrators of one of an event's organiser
 * organisations manage that event. Others get a 404 from the callers (no enumeration of drafts or participants).
 */
@Component
public class EventManagers {

	/** Kinds that administrators of a resource-actor organisation may propose; agents may propose every kind but workshops. */
	public static final Set<EventKind> OPEN_TO_RESOURCE_ACTORS = EnumSet.of(EventKind.TRAINING,
			EventKind.TERRITORIAL_MEETING, EventKind.PERMANENCE);

	private final CurrentAccount currentAccount;

	private final OrganisationMemberships memberships;

	private final Organisations organisations;

	EventManagers(CurrentAccount currentAccount, OrganisationMemberships memberships, Organisations organisations) {
		this.currentAccount = currentAccount;
		this.memberships = memberships;
		this.organisations = organisations;
	}

	/** The person behind the current request; empty for anonymous visitors. */
	public Optional<EventManager> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		boolean agent = authorities.contains(Role.AGENT.authority()) || authorities.contains(Role.ADMIN.authority());
		return currentAccount.get().map(account -> {
			Set<Long> administered = memberships.administeredBy(account.id())
				.stream()
				.map(OrganisationMemberships.Administered::organisationId)
				.collect(Collectors.toSet());
			Set<Long> resourceActors = administered.stream()
				.filter(id -> organisations.find(id).map(OrganisationDetails::resourceActor).orElse(false))
				.collect(Collectors.toSet());
			return new EventManager(account.id(), account.displayName(), account.email(), agent, administered,
					resourceActors);
		});
	}

	/** Whether this person manages the event: an agent, or an administrator of one of its organisers. */
	public static boolean mayManage(EventManager manager, AgendaEvent event) {
		return manager.agent() || event.getOrganiserIds().stream().anyMatch(manager::administers);
	}

	/** Whether the current person manages the event (false for anonymous visitors). */
	public boolean mayManage(AgendaEvent event) {
		return current().map(manager -> mayManage(manager, event)).orElse(false);
	}

	/**
	 * Whether this person may propose an event of this kind: agents every kind except the calls' workshops (mirrored
	 * from the calls); administrators of a resource actor trainings, territorial meetings and permanences.
	 */
	public static boolean mayCreate(EventManager manager, EventKind kind) {
		if (kind == EventKind.CALL_WORKSHOP) {
			return false;
		}
		return manager.agent() || (!manager.resourceActors().isEmpty() && OPEN_TO_RESOURCE_ACTORS.contains(kind));
	}

}
