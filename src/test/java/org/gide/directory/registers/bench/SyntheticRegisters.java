package org.gide.directory.registers.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Deterministic synthetic register files in the official formats (all official columns, official order), for
 * measurements: {@code StockUniteLegale}, {@code StockEtablissement} and {@code rna_waldec}. A share of the rows is in
 * the Gard ({@code 30}), the rest spread over other départements; units are ESS by flag, by legal category or not.
 */
public final class SyntheticRegisters {

	static final String UNIT_COLUMNS = "siren,statutDiffusionUniteLegale,unitePurgeeUniteLegale,dateCreationUniteLegale,"
			+ "sigleUniteLegale,sexeUniteLegale,prenom1UniteLegale,prenom2UniteLegale,prenom3UniteLegale,"
			+ "prenom4UniteLegale,prenomUsuelUniteLegale,pseudonymeUniteLegale,identifiantAssociationUniteLegale,"
			+ "trancheEffectifsUniteLegale,anneeEffectifsUniteLegale,dateDernierTraitementUniteLegale,"
			+ "nombrePeriodesUniteLegale,categorieEntreprise,anneeCategorieEntreprise,dateDebut,"
			+ "etatAdministratifUniteLegale,nomUniteLegale,nomUsageUniteLegale,denominationUniteLegale,"
			+ "denominationUsuelle1UniteLegale,denominationUsuelle2UniteLegale,denominationUsuelle3UniteLegale,"
			+ "categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,nomenclatureActivitePrincipaleUniteLegale,"
			+ "nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale,societeMissionUniteLegale,"
			+ "caractereEmployeurUniteLegale";

	static final String ESTABLISHMENT_COLUMNS = "siren,nic,siret,statutDiffusionEtablissement,"
			+ "dateCreationEtablissement,trancheEffectifsEtablissement,anneeEffectifsEtablissement,"
			+ "activitePrincipaleRegistreMetiersEtablissement,dateDernierTraitementEtablissement,etablissementSiege,"
			+ "nombrePeriodesEtablissement,complementAdresseEtablissement,numeroVoieEtablissement,"
			+ "indiceRepetitionEtablissement,dernierNumeroVoieEtablissement,"
			+ "indiceRepetitionDernierNumeroVoieEtablissement,typeVoieEtablissement,libelleVoieEtablissement,"
			+ "codePostalEtablissement,libelleCommuneEtablissement,libelleCommuneEtrangerEtablissement,"
			+ "distributionSpecialeEtablissement,codeCommuneEtablissement,codeCedexEtablissement,"
			+ "libelleCedexEtablissement,codePaysEtrangerEtablissement,libellePaysEtrangerEtablissement,"
			+ "identifiantAdresseEtablissement,coordonneeLambertAbscisseEtablissement,"
			+ "coordonneeLambertOrdonneeEtablissement,complementAdresse2Etablissement,numeroVoie2Etablissement,"
			+ "indiceRepetition2Etablissement,typeVoie2Etablissement,libelleVoie2Etablissement,"
			+ "codePostal2Etablissement,libelleCommune2Etablissement,libelleCommuneEtranger2Etablissement,"
			+ "distributionSpeciale2Etablissement,codeCommune2Etablissement,codeCedex2Etablissement,"
			+ "libelleCedex2Etablissement,codePaysEtranger2Etablissement,libellePaysEtranger2Etablissement,dateDebut,"
			+ "etatAdministratifEtablissement,enseigne1Etablissement,enseigne2Etablissement,enseigne3Etablissement,"
			+ "denominationUsuelleEtablissement,activitePrincipaleEtablissement,"
			+ "nomenclatureActivitePrincipaleEtablissement,caractereEmployeurEtablissement";

	static final String RNA_COLUMNS = "id;id_ex;siret;rup_mi;gestion;date_creat;date_decla;date_publi;date_disso;"
			+ "nature;groupement;titre;titre_court;objet;objet_social1;objet_social2;adrs_complement;adrs_numvoie;"
			+ "adrs_repetition;adrs_typevoie;adrs_libvoie;adrs_distrib;adrs_codeinsee;adrs_codepostal;"
			+ "adrs_libcommune;adrg_declarant;adrg_complemid;adrg_complemgeo;adrg_libvoie;adrg_distrib;"
			+ "adrg_codepostal;adrg_achemine;adrg_pays;dir_civilite;siteweb;publiweb;observation;position;maj_time";

	private static final String[] CATEGORIES = { "9220", "9220", "5710", "5499", "1000", "5458", "8210", "9300" };

	private static final String[] STREETS = { "DE LA REPUBLIQUE", "JEAN JAURES", "DES ARENES", "VICTOR HUGO",
			"DU FAUBOURG D'AUVERGNE", "GAMBETTA", "DES CAMISARDS" };

	private static final String[] GARD_COMMUNES = { "30007", "30189", "30334", "30028", "30156" };

	private SyntheticRegisters() {
	}

	/** Legal categories counted as ESS in the synthetic data. */
	public static boolean essCategory(String category) {
		return category.equals("9220") || category.equals("5458") || category.equals("8210")
				|| category.equals("9300");
	}

	/** Writes {@code units} legal units; unit {@code i} has SIREN {@link #siren(int)}. */
	public static void units(Path file, int units, long seed) throws IOException {
		Random random = new Random(seed);
		try (Writer out = writer(file, StandardCharsets.UTF_8)) {
			out.write(UNIT_COLUMNS);
			out.write('\n');
			StringBuilder sb = new StringBuilder(400);
			for (int i = 0; i < units; i++) {
				sb.setLength(0);
				String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
				boolean person = category.equals("1000");
				sb.append(siren(i)).append(',').append(random.nextInt(20) == 0 ? 'P' : 'O').append(",,")
					.append(1970 + random.nextInt(50)).append("-0").append(1 + random.nextInt(9)).append("-1")
					.append(random.nextInt(9)).append(',');
				sb.append(random.nextInt(3) == 0 ? "SIGLE" + i : "").append(',');
				sb.append(person ? "M,JEAN,PIERRE,,,JEAN,," : ",,,,,,,");
				sb.append(category.startsWith("92") ? "W30" + String.format("%07d", i % 10_000_000) : "").append(',');
				sb.append("11,2021,2024-03-01T10:00:00,3,PME,2021,2010-01-01,");
				sb.append(random.nextInt(10) < 8 ? 'A' : 'C').append(',');
				sb.append(person ? "DUPONT" : "").append(",,");
				sb.append(person ? "" : "\"ORGANISATION " + i + ", DU GARD\"").append(",,,,");
				sb.append(category).append(",88.99B,NAFRev2,00012,");
				int ess = random.nextInt(3);
				sb.append(ess == 0 ? "O" : ess == 1 ? "N" : "").append(",N,O\n");
				out.append(sb);
			}
		}
	}

	/** Writes {@code rows} establishments of units {@code 0..units-1}, {@code gardShare} of them in the Gard. */
	public static void establishments(Path file, int rows, int units, double gardShare, long seed) throws IOException {
		Random random = new Random(seed);
		try (Writer out = writer(file, StandardCharsets.UTF_8)) {
			out.write(ESTABLISHMENT_COLUMNS);
			out.write('\n');
			StringBuilder sb = new StringBuilder(600);
			for (int i = 0; i < rows; i++) {
				sb.setLength(0);
				String siren = siren(random.nextInt(units));
				String siret = siret(siren, 1 + i % 9999);
				boolean gard = random.nextDouble() < gardShare;
				String commune = gard ? GARD_COMMUNES[random.nextInt(GARD_COMMUNES.length)]
						: String.format("%02d%03d", 1 + random.nextInt(95), 1 + random.nextInt(600))
							.replace("30", "31");
				sb.append(siren).append(',').append(siret, 9, 14).append(',').append(siret).append(",O,")
					.append(1980 + random.nextInt(40)).append("-05-1").append(random.nextInt(9))
					.append(",11,2021,,2024-03-01T10:00:00,").append(random.nextBoolean()).append(",2,");
				sb.append(random.nextInt(4) == 0 ? "BATIMENT B" : "").append(',').append(1 + random.nextInt(120))
					.append(",,,,RUE,").append(STREETS[random.nextInt(STREETS.length)]).append(',')
					.append(commune, 0, 2).append("000,COMMUNE ").append(commune).append(",,,").append(commune)
					.append(",,,,,").append(commune).append("_B123_00010,")
					.append(700_000 + random.nextInt(200_000)).append('.').append(random.nextInt(10)).append(',')
					.append(6_250_000 + random.nextInt(200_000)).append('.').append(random.nextInt(10))
					.append(",,,,,,,,,,,,,,,2015-01-01,").append(random.nextInt(10) < 8 ? 'A' : 'F')
					.append(",ENSEIGNE ").append(i).append(",,,,88.99B,NAFRev2,O\n");
				out.append(sb);
			}
		}
	}

	/** Writes {@code rows} RNA associations in Windows-1252, {@code gardShare} of them in the Gard. */
	public static void rna(Path file, int rows, double gardShare, long seed) throws IOException {
		Random random = new Random(seed);
		try (Writer out = writer(file, Charset.forName("windows-1252"))) {
			out.write(RNA_COLUMNS);
			out.write("\r\n");
			StringBuilder sb = new StringBuilder(600);
			for (int i = 0; i < rows; i++) {
				sb.setLength(0);
				boolean gard = random.nextDouble() < gardShare;
				String commune = gard ? GARD_COMMUNES[random.nextInt(GARD_COMMUNES.length)]
						: String.format("%02d%03d", 1 + random.nextInt(95), 1 + random.nextInt(600))
							.replace("30", "31");
				sb.append("\"W").append(commune, 0, 2).append(String.format("%07d", i % 10_000_000))
					.append("\";;;;\"").append(commune, 0, 2).append("1P\";\"")
					.append(1950 + random.nextInt(70)).append("-03-04\";\"2020-01-01\";\"")
					.append(1950 + random.nextInt(70)).append("-04-0").append(1 + random.nextInt(9))
					.append("\";\"0001-01-01\";\"D\";\"S\";\"ASSOCIATION SPORTIVE ET CULTURELLE NUMÉRO ").append(i)
					.append("\";;\"Favoriser la pratique du sport, de la culture et des fêtes ; ")
					.append("œuvrer pour l'éducation populaire\";\"011000\";;;\"").append(1 + random.nextInt(99))
					.append("\";;\"RUE\";\"des Arènes\";;\"").append(commune).append("\";\"").append(commune, 0, 2)
					.append("000\";\"Nîmes\";;;;;;;;\"FRANCE\";\"PM\";;\"1\";;\"")
					.append(random.nextInt(10) < 8 ? 'A' : 'D').append("\";\"2024-01-15 10:32:11\"\r\n");
				out.append(sb);
			}
		}
	}

	/** A valid SIREN for unit number {@code i}. */
	public static String siren(int i) {
		return withKey(String.format("%08d", 10_000_000 + i));
	}

	static String siret(String siren, int nic) {
		return withKey(siren + String.format("%04d", nic));
	}

	private static String withKey(String body) {
		for (int k = 0; k < 10; k++) {
			String s = body + k;
			if (luhn(s)) {
				return s;
			}
		}
		throw new IllegalStateException();
	}

	private static boolean luhn(String s) {
		int sum = 0;
		for (int i = 0; i < s.length(); i++) {
			int d = s.charAt(s.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				d = d * 2 > 9 ? d * 2 - 9 : d * 2;
			}
			sum += d;
		}
		return sum % 10 == 0;
	}

	private static BufferedWriter writer(Path file, Charset charset) throws IOException {
		return new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(file), charset), 1 << 16);
	}

}
