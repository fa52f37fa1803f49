package org.gide.directory;

/**
 * The activity sectors of the ESS observatory (CRESS Occitanie) that the Gard's Schéma départemental de l’ESS
 * 2024-2028 uses for its figures. Derived from the NAF code by {@link NafSectors}.
 */
public enum Sector {

	SPORTS_LOISIRS, ACTION_SOCIALE, ARTS_SPECTACLES, ENSEIGNEMENT, SERVICES_DIVERS, ACTIVITES_FINANCIERES,
	INDUSTRIE_CONSTRUCTION, SANTE_HUMAINE, HEBERGEMENT_RESTAURATION, AGRICULTURE, NON_CLASSE;

	public String messageKey() {
		return "directory.sector." + name();
	}

}
