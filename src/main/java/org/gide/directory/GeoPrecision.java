package org.gide.directory;

/** How precise an organisation's coordinates are, best first. */
public enum GeoPrecision {

	/** Geocoded to the street number. */
	ADDRESS,
	/** Geocoded to the street. */
	STREET,
	/** Only the commune is known: the point is its centre. */
	COMMUNE_CENTROID,
	/** No coordinates. */
	UNKNOWN;

	public String messageKey() {
		return "directory.geo." + name();
	}

}
