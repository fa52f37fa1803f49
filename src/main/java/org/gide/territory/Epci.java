package org.gide.territory;

/** An EPCI with at least one member commune in the département; some straddle another département. */
public record Epci(String code, String nom, String type, Integer populationTotale, int communesDepartement,
		int communesHorsDepartement) {

	public boolean straddles() {
		return communesHorsDepartement > 0;
	}

}
