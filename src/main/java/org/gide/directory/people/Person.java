package org.gide.directory.people;

import org.gide.directory.Author;
import org.gide.directory.ChangeOrigin;

/** The signed-in visitor, as this module needs them: account id, email, display name, and whether an agent. */
record Person(long id, String email, String name, boolean agent) {

	/** The author of a change this person makes on an organisation they administer or, as agent, moderate. */
	Author author(boolean organisationAdministrator) {
		ChangeOrigin origin = organisationAdministrator ? ChangeOrigin.OWNER : ChangeOrigin.AGENT;
		return Author.account(id, name, origin);
	}

}
