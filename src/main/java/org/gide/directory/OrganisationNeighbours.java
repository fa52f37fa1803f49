package org.gide.directory;

import java.util.List;

/**
 * The active ESS organisations around a point, closest first: for modules that look for partners near a place (the
 * partner finder of the appels à commun(s)). Organisations without a position or outside the ESS are left out.
 */
public interface OrganisationNeighbours {

	/** An organisation near the point, with its great-circle distance in kilometres. */
	record Neighbour(long id, String name, Sector sector, String communeCode, boolean resourceActor,
			double distanceKm) {
	}

	/**
	 * The active ESS organisations whose position is within {@code radiusKm} of the point (WGS84 degrees), by
	 * distance then id; at most {@code limit}.
	 */
	List<Neighbour> near(double latitude, double longitude, double radiusKm, int limit);

}
