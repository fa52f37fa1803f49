package org.gide.resources.item;

/**
 * Licence of a resource ({@code resource_item.licence}); label key {@code resources.licence.<NAME>}.
 * {@code ODBL} and {@code GPL} exist because deliverables arrive with the calls' codes.
 */
public enum Licence {

	CC_BY, CC_BY_SA, CC_BY_ND, CC_BY_NC, CC_BY_NC_SA, CC_BY_NC_ND, CC0,
	/** Licence Ouverte / Etalab 2.0. */
	LICENCE_OUVERTE,
	ODBL, GPL;

	public String labelKey() {
		return "resources.licence." + name();
	}

}
