package org.gide.directory.registers;

import java.time.LocalDate;

/**
 * A legal unit (unité légale) of the SIRENE stock file {@code StockUniteLegale}, reduced to what the directory needs.
 * Empty values and values INSEE withholds ({@code [ND]}) are {@code null}.
 *
 * @param siren 9 digits, check key verified
 * @param statutDiffusion {@code O} (diffusible) or {@code P} (partially diffusible: see docs/registers.md)
 * @param dateCreation {@code dateCreationUniteLegale}
 * @param sigle {@code sigleUniteLegale}
 * @param denomination {@code denominationUniteLegale} (legal persons)
 * @param denominationUsuelle {@code denominationUsuelle1UniteLegale}
 * @param nom {@code nomUniteLegale} (individual entrepreneurs; {@code null} when partially diffusible)
 * @param prenom {@code prenom1UniteLegale} (same)
 * @param categorieJuridique {@code categorieJuridiqueUniteLegale}, 4 characters ({@code 9220} association déclarée)
 * @param activitePrincipale {@code activitePrincipaleUniteLegale} ({@code 88.99B})
 * @param nomenclatureActivite {@code nomenclatureActivitePrincipaleUniteLegale} ({@code NAFRev2})
 * @param trancheEffectifs {@code trancheEffectifsUniteLegale} (INSEE size band code, {@code NN} = no employee)
 * @param caractereEmployeur {@code caractereEmployeurUniteLegale}: O/N as a boolean
 * @param economieSocialeSolidaire {@code economieSocialeSolidaireUniteLegale}: O/N, {@code null} when empty
 * @param societeMission {@code societeMissionUniteLegale}: O/N, {@code null} when empty
 * @param etatAdministratif {@code A} (active) for kept units
 * @param identifiantAssociation {@code identifiantAssociationUniteLegale}: the RNA number of an association
 */
public record SireneUnit(String siren, String statutDiffusion, LocalDate dateCreation, String sigle,
		String denomination, String denominationUsuelle, String nom, String prenom, String categorieJuridique,
		String activitePrincipale, String nomenclatureActivite, String trancheEffectifs, Boolean caractereEmployeur,
		Boolean economieSocialeSolidaire, Boolean societeMission, String etatAdministratif,
		String identifiantAssociation) {

	/** The name to show: denomination, else usual name, else first name and name, else acronym. */
	public String displayName() {
		if (this.denomination != null) {
			return this.denomination;
		}
		if (this.denominationUsuelle != null) {
			return this.denominationUsuelle;
		}
		if (this.nom != null) {
			return this.prenom == null ? this.nom : this.prenom + " " + this.nom;
		}
		return this.sigle;
	}

	/** Whether INSEE withholds part of this unit's data (statut de diffusion {@code P}). */
	public boolean partiallyDiffusible() {
		return "P".equals(this.statutDiffusion);
	}

}
