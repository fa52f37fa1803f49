package org.gide.calls.needs;

import java.time.Instant;
import java.util.List;

import org.gide.calls.Theme;

/**
 * A need of a territory: a shared diagnosis (what, where, what shows it) posted in the name of an organisation, that
 * other organisations join. Only the posting organisation's administrators and agents edit or close it.
 */
record Need(long id, String title, String description, String evidence, String communeCode, String epciCode,
		List<Theme> themes, long organisationId, long postedBy, Instant postedAt, Status status, long version) {

	enum Status {
		OPEN, CLOSED
	}

	Need {
		themes = List.copyOf(themes);
	}

	public boolean open() {
		return status == Status.OPEN;
	}

	/** The posting organisation's administrators and agents may edit, close and reopen it. */
	boolean editableBy(Visitor visitor, boolean administersPostingOrganisation) {
		return visitor.agent() || administersPostingOrganisation;
	}

	/** Organisations join or leave an open need only. */
	public boolean joinable() {
		return open();
	}

}
