package org.gide.calls;

import java.util.Locale;
import java.util.Optional;

/**
 * The thematic entries of an appel à commun(s) and of the dossiers that answer it (a dossier must cover at least the
 * call's minimum number of them: the plan asks for multi-thematic cooperations). Labels: {@code calls.theme.<NAME>}.
 */
public enum Theme {

	ALIMENTATION, AGRICULTURE, MOBILITE, HABITAT, EMPLOI_INSERTION, JEUNESSE, ENFANCE_FAMILLE, AUTONOMIE, SANTE,
	CULTURE, SPORT, EDUCATION_POPULAIRE, TRANSITION_ECOLOGIQUE, ECONOMIE_CIRCULAIRE, NUMERIQUE, TOURISME,
	SOLIDARITE, VIE_LOCALE;

	/** The value in URLs, forms and the database's text arrays. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String labelKey() {
		return "calls.theme." + name();
	}

	public static Optional<Theme> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

}
