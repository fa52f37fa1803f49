package org.gide.calls.dossiers;

import java.time.Instant;

/** What a dossier needs to know of the call it answers (table {@code call}, owned by the calls part). */
public record CallRules(long id, String slug, String title, String status, Instant opensAt, Instant deadline,
		int minOrganisations, int minThemes, boolean diagnosisRequired) {

	/** Published, opening passed, deadline not passed: dossiers may be opened and submitted. */
	public boolean openAt(Instant now) {
		return "PUBLISHED".equals(status) && (opensAt == null || !now.isBefore(opensAt)) && !deadlinePassed(now);
	}

	public boolean deadlinePassed(Instant now) {
		return deadline != null && !now.isBefore(deadline);
	}

}
