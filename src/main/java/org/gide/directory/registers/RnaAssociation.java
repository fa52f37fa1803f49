package org.gide.directory.registers;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An association of the Répertoire national des associations (RNA, file {@code rna_waldec}). Empty values are
 * {@code null}; RNA's {@code 0001-01-01} (unknown date) is {@code null}.
 *
 * @param id RNA number: {@code W} + 9 characters ({@code W301234567}, {@code W2A1234567} in Corsica)
 * @param idEx former number ({@code id_ex}), if any
 * @param siret SIRET if known and valid (an invalid one is dropped with a warning)
 * @param gestion code of the managing prefecture ({@code gestion}, e.g. {@code 301P})
 * @param dateCreation {@code date_creat}
 * @param datePublication {@code date_publi} (publication in the Journal officiel)
 * @param nature {@code nature} ({@code D} simply declared, {@code R} public utility…)
 * @param groupement {@code groupement} ({@code S} simple, {@code U} union, {@code F} federation)
 * @param titre {@code titre}
 * @param titreCourt {@code titre_court}
 * @param objet {@code objet}
 * @param objetSocial1 {@code objet_social1} (code of the RNA social object nomenclature)
 * @param objetSocial2 {@code objet_social2}
 * @param complementAdresse {@code adrs_complement}
 * @param numeroVoie {@code adrs_numvoie}
 * @param repetition {@code adrs_repetition}
 * @param typeVoie {@code adrs_typevoie}
 * @param libelleVoie {@code adrs_libvoie}
 * @param codeCommune {@code adrs_codeinsee}
 * @param codePostal {@code adrs_codepostal}
 * @param libelleCommune {@code adrs_libcommune}
 * @param siteWeb {@code siteweb}
 * @param position {@code A} for kept associations
 * @param miseAJour {@code maj_time}
 */
public record RnaAssociation(String id, String idEx, String siret, String gestion, LocalDate dateCreation,
		LocalDate datePublication, String nature, String groupement, String titre, String titreCourt, String objet,
		String objetSocial1, String objetSocial2, String complementAdresse, String numeroVoie, String repetition,
		String typeVoie, String libelleVoie, String codeCommune, String codePostal, String libelleCommune,
		String siteWeb, String position, LocalDateTime miseAJour) {
}
