package org.gide.resources.item;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.gide.accounts.CurrentAccount;
import org.gide.accounts.Role;
import org.gide.directory.OrganisationMemberships;
import org.gide.resources.workflow.ActorRole;

/**
 * The {@link ResourceActor} behind the current request, read in one place for every part of the module: ADMIN,
 * AGENT or EDITOR when the session has that role (in that order), otherwise CONTRIBUTOR, with the organisations the
 * account administers. Whether a CONTRIBUTOR may act on a given item is {@link ResourceActor#administers} of one of
 * the item's authoring organisations.
 */
@Component
public class ResourceActors {

	private final CurrentAccount currentAccount;

	private final OrganisationMemberships memberships;

	ResourceActors(CurrentAccount currentAccount, OrganisationMemberships memberships) {
		this.currentAccount = currentAccount;
		this.memberships = memberships;
	}

	/** Empty for anonymous visitors. */
	public Optional<ResourceActor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(a -> a.getAuthority())
			.collect(Collectors.toSet());
		ActorRole role = authorities.contains(Role.ADMIN.authority()) ? ActorRole.ADMIN
				: authorities.contains(Role.AGENT.authority()) ? ActorRole.AGENT
						: authorities.contains(Role.EDITOR.authority()) ? ActorRole.EDITOR : ActorRole.CONTRIBUTOR;
		return currentAccount.get().map(account -> new ResourceActor(account.id(), account.displayName(), role,
				memberships.administeredBy(account.id())
					.stream()
					.map(OrganisationMemberships.Administered::organisationId)
					.collect(Collectors.toSet())));
	}

	/** Whether the actor may see and work on the item outside publication: committee, or one of its authors. */
	public static boolean mayWorkOn(ResourceActor actor, ResourceItem item) {
		return actor.committee() || item.getOrganisationIds().stream().anyMatch(actor::administers);
	}

}
