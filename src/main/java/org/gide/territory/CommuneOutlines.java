package org.gide.territory;

import java.util.List;

/**
 * The outlines of the active communes of the département, as imported from GeoJSON (IGN Admin Express via
 * geo.api.gouv.fr or france-geojson): for maps that draw communes (the directory's choropleth).
 */
public interface CommuneOutlines {

	/** Every active commune that has an outline, by code; the geometry is GeoJSON text (Polygon or MultiPolygon). */
	List<CommuneOutline> outlines();

	/** A commune's outline with the names a map labels it by; {@code epci} may be null. */
	record CommuneOutline(String code, String nom, EpciRef epci, String geometry) {
	}

}
