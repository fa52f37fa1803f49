package org.gide.territory;

import java.util.List;

/** A territory, its EPCI, and the number and population of the communes that resolve to it. */
public record TerritorySummary(long id, String slug, String nom, String description, List<Epci> epcis,
		List<String> communesAjoutees, int communes, long population) {

	public TerritoryRef ref() {
		return new TerritoryRef(slug, nom);
	}

}
