package org.gide.directory;

/**
 * What kind of cooperative, as far as the legal category tells (SCOP, agricultural and consumer cooperatives have
 * their own categories) or the organisation declares it (SCIC and CAE have none: they are SA, SARL or SAS
 * cooperatives).
 */
public enum CooperativeKind {

	/** Société coopérative et participative (ouvrière de production). */
	SCOP,
	/** Société coopérative d’intérêt collectif. */
	SCIC,
	/** Coopérative d’activité et d’emploi. */
	CAE,
	/** Coopérative agricole, CUMA, SICA and their unions. */
	AGRICULTURAL,
	/** Coopérative de consommation. */
	CONSUMER,
	/** Any other cooperative: artisans, retailers, transport, housing, banks, unions of cooperatives… */
	OTHER;

	public String messageKey() {
		return "directory.cooperative." + name();
	}

}
