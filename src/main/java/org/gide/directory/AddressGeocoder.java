package org.gide.directory;

import java.util.List;

/**
 * Places addresses on the map through the national address base (BAN, served by the IGN Géoplateforme), with a
 * cache; when the service is unreachable, slow, or not sure enough of its answer, the result is the centre of the
 * commune with {@link GeoPrecision#COMMUNE_CENTROID}, and {@link GeoPrecision#UNKNOWN} without a known commune.
 * Never throws for a network or service failure: a form or an import goes on with the fallback.
 */
public interface AddressGeocoder {

	/** One address (a form). */
	Located locate(Address address);

	/** Many addresses (an import), batched towards the service; the results are in the order of the addresses. */
	List<Located> locateAll(List<Address> addresses);

	/** What to locate: the street part as written, the postal code and the INSEE code of the commune (any may be null). */
	record Address(String street, String postalCode, String communeCode) {

		/** The text sent to the service: street, postal code (the commune is a filter, not text). */
		public String text() {
			StringBuilder text = new StringBuilder();
			if (street != null && !street.isBlank()) {
				text.append(street.strip().replaceAll("\\s+", " "));
			}
			if (postalCode != null && !postalCode.isBlank()) {
				text.append(text.isEmpty() ? "" : " ").append(postalCode.strip());
			}
			return text.toString();
		}

	}

	/**
	 * Where it is: coordinates (WGS84; both null with {@link GeoPrecision#UNKNOWN}), how precise, the label of the
	 * address found and the service's score (0–1; null for a fallback), and whether the answer came from the service
	 * (or its cache) rather than the fallback.
	 */
	record Located(Double latitude, Double longitude, GeoPrecision precision, String label, Double score,
			boolean fromService) {

		public static Located unknown() {
			return new Located(null, null, GeoPrecision.UNKNOWN, null, null, false);
		}

	}

}
