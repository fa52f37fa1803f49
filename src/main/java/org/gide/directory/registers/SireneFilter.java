package org.gide.directory.registers;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * What Gide keeps from the SIRENE stock: active establishments located in {@code departement} whose active legal unit
 * is flagged ESS by INSEE ({@code economieSocialeSolidaireUniteLegale = O}) or has a legal category of the social
 * and solidarity economy according to {@code essLegalCategory} (tested with the 4-character
 * {@code categorieJuridiqueUniteLegale}, e.g. {@code 9220}).
 */
public record SireneFilter(DepartementCode departement, Predicate<String> essLegalCategory) {

	public SireneFilter {
		Objects.requireNonNull(departement, "departement");
		Objects.requireNonNull(essLegalCategory, "essLegalCategory");
	}

}
