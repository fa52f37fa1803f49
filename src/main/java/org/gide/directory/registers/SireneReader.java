package org.gide.directory.registers;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * Reads the INSEE SIRENE stock files (« Base Sirene des entreprises et de leurs établissements », CSV, comma
 * separated, UTF-8, header with the official column names) and keeps what the directory needs, per a
 * {@link SireneFilter}. Usage: {@link #readUnits} on {@code StockUniteLegale} first, which builds a compact index of
 * the units that pass, then {@link #readEstablishments} on {@code StockEtablissement}, which streams the kept
 * establishments joined with their unit. Columns are found by name; a missing required column throws
 * {@link RegisterFormatException}; a malformed row is reported in the {@link RegisterReport} and skipped.
 * <p>
 * The rules, the order in which they apply and the non-diffusion rule are described in {@code docs/registers.md}.
 */
public final class SireneReader {

	static final String UNITS_FILE = "StockUniteLegale";
	static final String ESTABLISHMENTS_FILE = "StockEtablissement";

	// Filter reasons (rows left out on purpose).
	public static final String UNIT_CLOSED = "unité légale cessée";
	public static final String UNIT_NOT_ESS = "unité légale hors ESS";
	public static final String NOT_DIFFUSIBLE = "non diffusible";
	public static final String INDIVIDUAL_NOT_DIFFUSIBLE = "personne physique en diffusion partielle";
	public static final String OTHER_DEPARTEMENT = "hors département";
	public static final String ABROAD = "établissement à l'étranger";
	public static final String ESTABLISHMENT_CLOSED = "établissement fermé";
	public static final String UNIT_NOT_KEPT = "unité légale absente ou écartée";
	public static final String NO_ESTABLISHMENT_HERE = "sans établissement actif dans le département";

	private final SireneFilter filter;

	public SireneReader(SireneFilter filter) {
		this.filter = java.util.Objects.requireNonNull(filter, "filter");
	}

	/** Reads a {@code StockUniteLegale} file (plain, .zip or .gz, UTF-8). */
	public SireneUnitIndex readUnits(Path file, RegisterReport report) {
		return readUnits(file, report, null);
	}

	/** Reads {@code StockUniteLegale} rows and returns the units that pass the filter. */
	public SireneUnitIndex readUnits(Reader in, RegisterReport report) {
		return readUnits(in, report, null);
	}

	/**
	 * Like {@link #readUnits(Path, RegisterReport)}, keeping only the units whose SIREN is accepted by
	 * {@code sirens} (e.g. {@link #sirensInDepartement(Path)}); the others are filtered « sans établissement actif
	 * dans le département ». This shrinks the index from every ESS unit of France to those of the département.
	 */
	public SireneUnitIndex readUnits(Path file, RegisterReport report, IntPredicate sirens) {
		try (InputStream in = RegisterFiles.open(file)) {
			return readUnits(RegisterFiles.reader(in, StandardCharsets.UTF_8, null), report, sirens);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reader variant of {@link #readUnits(Path, RegisterReport, IntPredicate)}; {@code sirens} may be null. */
	public SireneUnitIndex readUnits(Reader in, RegisterReport report, IntPredicate sirens) {
		try {
			return doReadUnits(new CsvRecordReader(in, ','), report, sirens);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Optional first pass over {@code StockEtablissement}: the SIRENs that have an active establishment in the
	 * département, as a compact sorted set. Malformed rows are skipped silently (the real pass reports them).
	 */
	public IntPredicate sirensInDepartement(Path establishments) {
		try (InputStream in = RegisterFiles.open(establishments)) {
			return sirensInDepartement(RegisterFiles.reader(in, StandardCharsets.UTF_8, null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reader variant of {@link #sirensInDepartement(Path)}. */
	public IntPredicate sirensInDepartement(Reader establishments) {
		try {
			CsvRecordReader csv = new CsvRecordReader(establishments, ',');
			Header h = Header.read(csv, ESTABLISHMENTS_FILE);
			int siren = h.required("siren");
			int etat = h.required("etatAdministratifEtablissement");
			int codeCommune = h.required("codeCommuneEtablissement");
			h.check(ESTABLISHMENTS_FILE);
			CommuneCode commune = new CommuneCode(csv, codeCommune);
			int[] found = new int[1024];
			int n = 0;
			while (csv.next()) {
				if (csv.error() != null || csv.size() != h.size() || !csv.is(etat, 'A')
						|| !this.filter.departement().contains(commune) || csv.length(siren) != 9) {
					continue;
				}
				int value = 0;
				for (int k = 0; k < 9 && value >= 0; k++) {
					char c = csv.charAt(siren, k);
					value = (c >= '0' && c <= '9') ? value * 10 + (c - '0') : -1;
				}
				if (value >= 0) {
					if (n == found.length) {
						found = Arrays.copyOf(found, n * 2);
					}
					found[n++] = value;
				}
			}
			int[] sorted = Arrays.stream(found, 0, n).sorted().distinct().toArray();
			return s -> Arrays.binarySearch(sorted, s) >= 0;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SireneUnitIndex doReadUnits(CsvRecordReader csv, RegisterReport report, IntPredicate sirens)
			throws IOException {
		Header h = Header.read(csv, UNITS_FILE);
		int siren = h.required("siren");
		int statut = h.required("statutDiffusionUniteLegale");
		int etat = h.required("etatAdministratifUniteLegale");
		int categorie = h.required("categorieJuridiqueUniteLegale");
		int ess = h.required("economieSocialeSolidaireUniteLegale");
		int denomination = h.required("denominationUniteLegale");
		int dateCreation = h.optional("dateCreationUniteLegale");
		int sigle = h.optional("sigleUniteLegale");
		int denominationUsuelle = h.optional("denominationUsuelle1UniteLegale");
		int nom = h.optional("nomUniteLegale");
		int prenom = h.optional("prenom1UniteLegale");
		int activite = h.optional("activitePrincipaleUniteLegale");
		int nomenclature = h.optional("nomenclatureActivitePrincipaleUniteLegale");
		int tranche = h.optional("trancheEffectifsUniteLegale");
		int employeur = h.optional("caractereEmployeurUniteLegale");
		int mission = h.optional("societeMissionUniteLegale");
		int association = h.optional("identifiantAssociationUniteLegale");
		h.check(UNITS_FILE);
		int columns = h.size();
		SireneUnitIndex index = new SireneUnitIndex();
		while (csv.next()) {
			report.read();
			long line = csv.line();
			if (!wellFormed(csv, columns, report)) {
				continue;
			}
			if (!csv.is(etat, 'A')) {
				report.filteredOut(UNIT_CLOSED);
				continue;
			}
			if (!csv.is(ess, 'O') && !this.filter.essLegalCategory().test(csv.get(categorie).strip())) {
				report.filteredOut(UNIT_NOT_ESS);
				continue;
			}
			String diffusion = csv.get(statut).strip();
			if (!diffusion.equals("O") && !diffusion.equals("P")) {
				// "N" in files before 2023, or an unknown status: never publish.
				report.filteredOut(NOT_DIFFUSIBLE);
				continue;
			}
			boolean partial = diffusion.equals("P");
			String categorieJuridique = Values.text(csv.get(categorie));
			if (partial && categorieJuridique != null && categorieJuridique.startsWith("1")) {
				// An individual entrepreneur who opposed the publication of their identity.
				report.filteredOut(INDIVIDUAL_NOT_DIFFUSIBLE);
				continue;
			}
			String sirenValue = csv.get(siren).strip();
			if (sirenValue.isEmpty()) {
				report.reject(line, "champ obligatoire vide : siren", csv.excerpt());
				continue;
			}
			if (!org.gide.directory.Siren.isValid(sirenValue)) {
				report.reject(line, sirenValue.length() == 9 && Digits.only(sirenValue)
						? "SIREN invalide (clé de contrôle)" : "SIREN invalide (9 chiffres attendus)", csv.excerpt());
				continue;
			}
			if (sirens != null && !sirens.test(Integer.parseInt(sirenValue))) {
				report.filteredOut(NO_ESTABLISHMENT_HERE);
				continue;
			}
			LocalDate created = null;
			if (dateCreation >= 0) {
				try {
					created = Values.date(csv.get(dateCreation));
				}
				catch (Values.Invalid ex) {
					report.warn(line, "date de création invalide (ignorée)", csv.excerpt());
				}
			}
			SireneUnit unit = new SireneUnit(sirenValue, diffusion, created, text(csv, sigle),
					text(csv, denomination), text(csv, denominationUsuelle), partial ? null : text(csv, nom),
					partial ? null : text(csv, prenom), categorieJuridique, text(csv, activite),
					text(csv, nomenclature), text(csv, tranche), flag(csv, employeur), Values.flag(csv.get(ess)),
					flag(csv, mission), "A", text(csv, association));
			index.put(unit);
			report.kept();
		}
		return index;
	}

	/** Reads a {@code StockEtablissement} file (plain, .zip or .gz, UTF-8). */
	public void readEstablishments(Path file, SireneUnitIndex units, Consumer<SireneEstablishment> sink,
			RegisterReport report) {
		try (InputStream in = RegisterFiles.open(file)) {
			readEstablishments(RegisterFiles.reader(in, StandardCharsets.UTF_8, null), units, sink, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Streams the {@code StockEtablissement} rows that pass the filter and whose unit is in {@code units} to
	 * {@code sink}, in file order.
	 */
	public void readEstablishments(Reader in, SireneUnitIndex units, Consumer<SireneEstablishment> sink,
			RegisterReport report) {
		try {
			doReadEstablishments(new CsvRecordReader(in, ','), units, sink, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void doReadEstablishments(CsvRecordReader csv, SireneUnitIndex units, Consumer<SireneEstablishment> sink,
			RegisterReport report) throws IOException {
		Header h = Header.read(csv, ESTABLISHMENTS_FILE);
		int siren = h.required("siren");
		int nic = h.required("nic");
		int siret = h.required("siret");
		int statut = h.required("statutDiffusionEtablissement");
		int etat = h.required("etatAdministratifEtablissement");
		int codeCommune = h.required("codeCommuneEtablissement");
		int dateCreation = h.optional("dateCreationEtablissement");
		int tranche = h.optional("trancheEffectifsEtablissement");
		int siege = h.optional("etablissementSiege");
		int complement = h.optional("complementAdresseEtablissement");
		int numero = h.optional("numeroVoieEtablissement");
		int indice = h.optional("indiceRepetitionEtablissement");
		int typeVoie = h.optional("typeVoieEtablissement");
		int libelleVoie = h.optional("libelleVoieEtablissement");
		int codePostal = h.optional("codePostalEtablissement");
		int libelleCommune = h.optional("libelleCommuneEtablissement");
		int paysEtranger = h.optional("codePaysEtrangerEtablissement");
		int lambertX = h.optional("coordonneeLambertAbscisseEtablissement");
		int lambertY = h.optional("coordonneeLambertOrdonneeEtablissement");
		int activite = h.optional("activitePrincipaleEtablissement");
		int enseigne = h.optional("enseigne1Etablissement");
		int denominationUsuelle = h.optional("denominationUsuelleEtablissement");
		int employeur = h.optional("caractereEmployeurEtablissement");
		h.check(ESTABLISHMENTS_FILE);
		int columns = h.size();
		DepartementCode departement = this.filter.departement();
		boolean lambert93 = departement.metropolitan();
		CommuneCode commune = new CommuneCode(csv, codeCommune);
		while (csv.next()) {
			report.read();
			long line = csv.line();
			if (!wellFormed(csv, columns, report)) {
				continue;
			}
			// Cheap tests first, without allocation: most rows of the national file stop here.
			if (csv.length(codeCommune) == 0) {
				if (paysEtranger >= 0 && csv.length(paysEtranger) > 0) {
					report.filteredOut(ABROAD);
				}
				else {
					report.reject(line, "code commune absent", csv.excerpt());
				}
				continue;
			}
			if (!departement.contains(commune)) {
				report.filteredOut(OTHER_DEPARTEMENT);
				continue;
			}
			if (!csv.is(etat, 'A')) {
				report.filteredOut(ESTABLISHMENT_CLOSED);
				continue;
			}
			String sirenValue = csv.get(siren).strip();
			String nicValue = csv.get(nic).strip();
			String siretValue = csv.get(siret).strip();
			if (sirenValue.isEmpty() || siretValue.isEmpty() || nicValue.isEmpty()) {
				report.reject(line, "champ obligatoire vide : "
						+ (siretValue.isEmpty() ? "siret" : sirenValue.isEmpty() ? "siren" : "nic"), csv.excerpt());
				continue;
			}
			SireneUnit unit = units.get(sirenValue);
			if (unit == null) {
				report.filteredOut(UNIT_NOT_KEPT);
				continue;
			}
			String diffusion = csv.get(statut).strip();
			if (!diffusion.equals("O") && !diffusion.equals("P")) {
				report.filteredOut(NOT_DIFFUSIBLE);
				continue;
			}
			if (siretValue.length() != 14 || !Digits.only(siretValue)) {
				report.reject(line, "SIRET invalide (14 chiffres attendus)", csv.excerpt());
				continue;
			}
			if (!siretValue.equals(sirenValue + nicValue)) {
				report.reject(line, "SIRET incohérent avec le SIREN et le NIC", csv.excerpt());
				continue;
			}
			if (!org.gide.directory.Siret.isValid(siretValue)) {
				report.reject(line, "SIRET invalide (clé de contrôle)", csv.excerpt());
				continue;
			}
			// A unit in partial diffusion makes all its establishments partially diffusible.
			boolean partial = diffusion.equals("P") || unit.partiallyDiffusible();
			LocalDate created = null;
			if (dateCreation >= 0) {
				try {
					created = Values.date(csv.get(dateCreation));
				}
				catch (Values.Invalid ex) {
					report.warn(line, "date de création invalide (ignorée)", csv.excerpt());
				}
			}
			Double x = null;
			Double y = null;
			GeoPoint position = null;
			if (!partial && lambertX >= 0 && lambertY >= 0) {
				try {
					x = Values.decimal(csv.get(lambertX));
					y = Values.decimal(csv.get(lambertY));
					if ((x == null) != (y == null)) {
						throw new Values.Invalid();
					}
					if (x != null && lambert93) {
						if (!Lambert93.plausible(x, y)) {
							throw new Values.Invalid();
						}
						position = Lambert93.toWgs84(x, y);
					}
				}
				catch (Values.Invalid ex) {
					x = null;
					y = null;
					report.warn(line, "coordonnées Lambert invalides (ignorées)", csv.excerpt());
				}
			}
			SireneEstablishment establishment = new SireneEstablishment(siretValue, sirenValue, nicValue,
					partial ? "P" : "O", created, text(csv, tranche), siege >= 0 && "true".equals(csv.get(siege).strip()),
					partial ? null : text(csv, complement), partial ? null : text(csv, numero),
					partial ? null : text(csv, indice), partial ? null : text(csv, typeVoie),
					partial ? null : text(csv, libelleVoie), text(csv, codePostal), text(csv, libelleCommune),
					csv.get(codeCommune).strip(), x, y, position, text(csv, activite), text(csv, enseigne),
					text(csv, denominationUsuelle), "A", flag(csv, employeur), unit);
			report.kept();
			sink.accept(establishment);
		}
	}

	static boolean wellFormed(CsvRecordReader csv, int columns, RegisterReport report) {
		if (csv.error() != null) {
			report.reject(csv.line(), csv.error(), csv.excerpt());
			return false;
		}
		if (csv.size() != columns) {
			report.reject(csv.line(), (csv.size() < columns ? "colonne manquante" : "colonne en trop") + " ("
					+ csv.size() + " colonnes au lieu de " + columns + ")", csv.excerpt());
			return false;
		}
		return true;
	}

	private static String text(CsvRecordReader csv, int column) {
		return column < 0 ? null : Values.text(csv.get(column));
	}

	private static Boolean flag(CsvRecordReader csv, int column) {
		return column < 0 ? null : Values.flag(csv.get(column));
	}

	/** A view of the commune column of the current record, so the département test allocates nothing. */
	private static final class CommuneCode implements CharSequence {

		private final CsvRecordReader csv;

		private final int column;

		CommuneCode(CsvRecordReader csv, int column) {
			this.csv = csv;
			this.column = column;
		}

		@Override
		public int length() {
			return this.csv.length(this.column);
		}

		@Override
		public char charAt(int index) {
			return this.csv.charAt(this.column, index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return toString().subSequence(start, end);
		}

		@Override
		public String toString() {
			return this.csv.get(this.column);
		}

	}

}
