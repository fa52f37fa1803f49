package org.gide.calls.needs;

import java.util.Set;

import org.gide.calls.Theme;

/**
 * What the partner finder is asked: a place (a commune code, or the lead organisation whose position is used), the
 * dossier's themes, the organisations already in the dossier (never suggested, and their sectors count as already
 * covered; the lead is added to them) and how many suggestions at most.
 */
public record PartnerQuery(String communeCode, Long leadOrganisationId, Set<Theme> themes, Set<Long> partners,
		int limit) {

	public static final int DEFAULT_LIMIT = 20;

	public PartnerQuery {
		communeCode = communeCode == null || communeCode.isBlank() ? null : communeCode.strip();
		themes = themes == null ? Set.of() : Set.copyOf(themes);
		partners = partners == null ? Set.of() : Set.copyOf(partners);
		limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, 100);
	}

}
