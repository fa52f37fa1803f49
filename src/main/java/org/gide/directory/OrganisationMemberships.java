package org.gide.directory;

import java.util.List;

/**
 * Who acts for an organisation: the accounts that administer it (after a claim, or named by an agent). Other modules
 * use it to let an organisation's administrators act in its name (answer an appel à commun(s), accept an invitation)
 * and to know whom to write to.
 */
public interface OrganisationMemberships {

	/** One administrator of an organisation, with the email and name their account had when they became one. */
	record Administrator(long organisationId, long accountId, String email, String label) {
	}

	/** One organisation an account administers, with its current name. */
	record Administered(long organisationId, String name) {
	}

	boolean administers(long accountId, long organisationId);

	/** The organisations the account administers, by name. */
	List<Administered> administeredBy(long accountId);

	/** The administrators of the organisation, oldest first. */
	List<Administrator> administrators(long organisationId);

}
