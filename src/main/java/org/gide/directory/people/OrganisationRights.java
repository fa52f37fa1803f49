package org.gide.directory.people;

import org.springframework.stereotype.Component;

/**
 * Per-organisation rights of the visitor, for controllers and templates ({@code @organisationRights} in
 * Thymeleaf): agents and administrators of Gide may edit any organisation; a member only those they administer.
 */
@Component("organisationRights")
public class OrganisationRights {

	private final CurrentPerson current;

	private final OrganisationAdmins admins;

	OrganisationRights(CurrentPerson current, OrganisationAdmins admins) {
		this.current = current;
		this.admins = admins;
	}

	public boolean signedIn() {
		return current.get().isPresent();
	}

	/** An administrator of this organisation (not merely an agent). */
	public boolean administers(long organisationId) {
		return current.get().map(p -> admins.isAdmin(organisationId, p.id())).orElse(false);
	}

	public boolean canEdit(long organisationId) {
		return current.get().map(p -> p.agent() || admins.isAdmin(organisationId, p.id())).orElse(false);
	}

	/** Anyone may start a claim (anonymous visitors are asked to sign in) unless they already administer it. */
	public boolean canClaim(long organisationId) {
		return !administers(organisationId);
	}

	/** Whether the viewer may see the names of the people who changed this organisation. */
	public boolean seesAuthors(long organisationId) {
		return canEdit(organisationId);
	}

}
