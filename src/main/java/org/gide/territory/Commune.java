package org.gide.territory;

import java.util.List;

/**
 * A commune as other modules see it. {@code epci} and {@code territoire} may be null for a commune outside every
 * EPCI or territory; centre coordinates are null until contours were imported.
 */
public record Commune(String code, String nom, List<String> codesPostaux, Integer population, String arrondissement,
		EpciRef epci, TerritoryRef territoire, Double centreLat, Double centreLon, boolean active) {
}
