package org.gide.resources.item;

import java.util.Set;

import org.gide.resources.workflow.ActorRole;

/**
 * Who writes or acts: the account (null for SYSTEM), the label kept in logs, the role and the organisations the
 * account administers (empty for the committee and SYSTEM unless they also administer some).
 */
public record ResourceActor(Long accountId, String label, ActorRole role, Set<Long> administeredOrganisationIds) {

	public ResourceActor {
		administeredOrganisationIds = Set.copyOf(administeredOrganisationIds);
	}

	/** The application itself (scheduled publication, deliverables). */
	public static ResourceActor system() {
		return new ResourceActor(null, "Gide", ActorRole.SYSTEM, Set.of());
	}

	public boolean committee() {
		return role.committee();
	}

	public boolean administers(Long organisationId) {
		return organisationId != null && administeredOrganisationIds.contains(organisationId);
	}

}
