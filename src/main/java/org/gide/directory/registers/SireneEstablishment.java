package org.gide.directory.registers;

import java.time.LocalDate;

/**
 * An establishment (établissement) of the SIRENE stock file {@code StockEtablissement}, joined with its legal unit.
 * Empty values and withheld ones ({@code [ND]}, or everything but the commune when partially diffusible) are
 * {@code null}.
 *
 * @param siret 14 digits, check key verified
 * @param siren first 9 digits of the SIRET
 * @param nic last 5 digits of the SIRET
 * @param statutDiffusion {@code O}, or {@code P} (partially diffusible: address reduced to the commune, no position)
 * @param dateCreation {@code dateCreationEtablissement} ({@code null} if invalid, with a warning)
 * @param trancheEffectifs {@code trancheEffectifsEtablissement}
 * @param siege {@code etablissementSiege}: the head office of its unit
 * @param complementAdresse {@code complementAdresseEtablissement}
 * @param numeroVoie {@code numeroVoieEtablissement}
 * @param indiceRepetition {@code indiceRepetitionEtablissement} ({@code B} for bis…)
 * @param typeVoie {@code typeVoieEtablissement} (INSEE abbreviation: {@code RUE}, {@code AV}, {@code BD}…)
 * @param libelleVoie {@code libelleVoieEtablissement}
 * @param codePostal {@code codePostalEtablissement}
 * @param libelleCommune {@code libelleCommuneEtablissement}
 * @param codeCommune {@code codeCommuneEtablissement} (INSEE commune code)
 * @param lambertX {@code coordonneeLambertAbscisseEtablissement} as given (metres)
 * @param lambertY {@code coordonneeLambertOrdonneeEtablissement} as given (metres)
 * @param position WGS84 position converted from Lambert-93 (metropolitan départements only), or {@code null}
 * @param activitePrincipale {@code activitePrincipaleEtablissement}
 * @param enseigne {@code enseigne1Etablissement}
 * @param denominationUsuelle {@code denominationUsuelleEtablissement}
 * @param etatAdministratif {@code A} for kept establishments
 * @param caractereEmployeur {@code caractereEmployeurEtablissement}: O/N as a boolean
 * @param unit the legal unit
 */
public record SireneEstablishment(String siret, String siren, String nic, String statutDiffusion,
		LocalDate dateCreation, String trancheEffectifs, boolean siege, String complementAdresse, String numeroVoie,
		String indiceRepetition, String typeVoie, String libelleVoie, String codePostal, String libelleCommune,
		String codeCommune, Double lambertX, Double lambertY, GeoPoint position, String activitePrincipale,
		String enseigne, String denominationUsuelle, String etatAdministratif, Boolean caractereEmployeur,
		SireneUnit unit) {

	/** The name to show: usual name of the establishment, else its sign, else the unit's name. */
	public String displayName() {
		if (this.denominationUsuelle != null) {
			return this.denominationUsuelle;
		}
		if (this.enseigne != null) {
			return this.enseigne;
		}
		return this.unit.displayName();
	}

}
