package org.gide.directory;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Structures of inclusion through work, as the État labels them. The codes are those of the data·inclusion
 * "typologies de structures" list where it has one (ESAT is not in that list).
 */
public enum InclusionType {

	/** Atelier et chantier d’insertion (SIAE). */
	ACI(true, false),
	/** Entreprise d’insertion (SIAE). */
	EI(true, false),
	/** Entreprise de travail temporaire d’insertion (SIAE). */
	ETTI(true, false),
	/** Association intermédiaire (SIAE). */
	AI(true, false),
	/** Entreprise d’insertion par le travail indépendant (SIAE since 2018). */
	EITI(true, false),
	/** Entreprise adaptée. */
	EA(false, true),
	/** Entreprise adaptée de travail temporaire. */
	EATT(false, true),
	/** Établissement et service d’accompagnement par le travail (médico-social). */
	ESAT(false, true),
	/** Groupement d’employeurs pour l’insertion et la qualification: no reserved market of its own. */
	GEIQ(false, false);

	private final boolean siae;

	private final boolean disability;

	InclusionType(boolean siae, boolean disability) {
		this.siae = siae;
		this.disability = disability;
	}

	/** A structure d’insertion par l’activité économique (code du travail, article L5132-4). */
	public boolean siae() {
		return siae;
	}

	/** Employs mostly disabled workers: EA, EATT, ESAT. */
	public boolean disability() {
		return disability;
	}

	public String messageKey() {
		return "directory.inclusion." + name();
	}

	public static Optional<InclusionType> fromCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(valueOf(code.strip().toUpperCase(java.util.Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidValueException("inclusionType", "directory.error.inclusionType.unknown", code.strip());
		}
	}

	/**
	 * The reserved markets an organisation can answer: L2113-12 for EA, EATT and ESAT; L2113-13 for SIAE; L2113-15
	 * for any organisation of the ESS (every family but {@link EssFamily#NOT_ESS}), whose further conditions the
	 * buyer checks per contract.
	 */
	public static Set<ReservedMarket> reservedMarkets(InclusionType type, EssFamily family) {
		Set<ReservedMarket> markets = EnumSet.noneOf(ReservedMarket.class);
		if (type != null && type.disability()) {
			markets.add(ReservedMarket.L2113_12);
		}
		if (type != null && type.siae()) {
			markets.add(ReservedMarket.L2113_13);
		}
		if (family != null && family.ess()) {
			markets.add(ReservedMarket.L2113_15);
		}
		return markets;
	}

}
