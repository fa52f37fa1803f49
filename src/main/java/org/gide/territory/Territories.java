package org.gide.territory;

import java.util.List;
import java.util.Optional;

/** The territories the département works by. */
public interface Territories {

	/** Every territory, by name. */
	List<TerritorySummary> list();

	Optional<TerritorySummary> findBySlug(String slug);

	/** The communes resolving to the territory: explicit members, and members of its EPCI not placed elsewhere. */
	List<Commune> communesOf(String slug);

	/** The territory of a commune: its explicit membership if any, else its EPCI's territory. */
	Optional<TerritoryRef> ofCommune(String communeCode);

	/** Every EPCI of the département, by name. */
	List<Epci> epcis();

}
