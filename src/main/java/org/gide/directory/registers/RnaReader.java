package org.gide.directory.registers;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the {@code rna_waldec} files of the Répertoire national des associations ({@code ;}-separated CSV, header
 * with the official column names, usually Windows-1252/ISO-8859-1) and streams the active associations of a
 * département. Columns are found by name; a missing required column throws {@link RegisterFormatException}; a
 * malformed row is reported in the {@link RegisterReport} and skipped. See {@code docs/registers.md}.
 */
public final class RnaReader {

	static final String FILE = "rna_waldec";

	public static final String OTHER_DEPARTEMENT = "hors département";
	public static final String DISSOLVED = "association dissoute";
	public static final String DELETED = "association supprimée";
	public static final String NOT_ACTIVE = "position inconnue";

	private static final Pattern ID = Pattern.compile("W[0-9][0-9AB][0-9]{7}");

	private final DepartementCode departement;

	public RnaReader(DepartementCode departement) {
		this.departement = Objects.requireNonNull(departement, "departement");
	}

	/**
	 * Reads a file (plain, .zip or .gz) in {@code charset}, or with detection when {@code null}: UTF-8 if the file
	 * is valid UTF-8, Windows-1252 otherwise.
	 */
	public void read(Path file, Charset charset, Consumer<RnaAssociation> sink, RegisterReport report) {
		try (InputStream in = RegisterFiles.open(file)) {
			read(RegisterFiles.reader(in, charset, RegisterFiles.WINDOWS_1252), sink, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads already decoded text. */
	public void read(Reader in, Consumer<RnaAssociation> sink, RegisterReport report) {
		try {
			doRead(new CsvRecordReader(in, ';'), sink, report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void doRead(CsvRecordReader csv, Consumer<RnaAssociation> sink, RegisterReport report) throws IOException {
		Header h = Header.read(csv, FILE);
		int id = h.required("id");
		int titre = h.required("titre");
		int position = h.required("position");
		int codeInsee = h.required("adrs_codeinsee");
		int idEx = h.optional("id_ex");
		int siret = h.optional("siret");
		int gestion = h.optional("gestion");
		int dateCreat = h.optional("date_creat");
		int datePubli = h.optional("date_publi");
		int nature = h.optional("nature");
		int groupement = h.optional("groupement");
		int titreCourt = h.optional("titre_court");
		int objet = h.optional("objet");
		int objetSocial1 = h.optional("objet_social1");
		int objetSocial2 = h.optional("objet_social2");
		int complement = h.optional("adrs_complement");
		int numVoie = h.optional("adrs_numvoie");
		int repetition = h.optional("adrs_repetition");
		int typeVoie = h.optional("adrs_typevoie");
		int libVoie = h.optional("adrs_libvoie");
		int codePostal = h.optional("adrs_codepostal");
		int libCommune = h.optional("adrs_libcommune");
		int siteWeb = h.optional("siteweb");
		int majTime = h.optional("maj_time");
		h.check(FILE);
		int columns = h.size();
		while (csv.next()) {
			report.read();
			long line = csv.line();
			if (!SireneReader.wellFormed(csv, columns, report)) {
				continue;
			}
			String commune = Values.text(csv.get(codeInsee));
			String postal = text(csv, codePostal);
			boolean inside;
			if (commune != null) {
				inside = this.departement.contains(commune);
			}
			else if (postal != null && postal.length() == 5) {
				inside = this.departement.contains(communeFromPostalCode(postal));
			}
			else {
				report.reject(line, "code commune absent", csv.excerpt());
				continue;
			}
			if (!inside) {
				report.filteredOut(OTHER_DEPARTEMENT);
				continue;
			}
			String pos = csv.get(position).strip();
			if (!pos.equals("A")) {
				report.filteredOut(pos.equals("D") ? DISSOLVED : pos.equals("S") ? DELETED : NOT_ACTIVE);
				continue;
			}
			String idValue = csv.get(id).strip();
			if (idValue.isEmpty()) {
				report.reject(line, "champ obligatoire vide : id", csv.excerpt());
				continue;
			}
			if (!ID.matcher(idValue).matches()) {
				report.reject(line, "numéro RNA invalide (W suivi de 9 caractères attendu)", csv.excerpt());
				continue;
			}
			String titreValue = Values.text(csv.get(titre));
			if (titreValue == null) {
				report.reject(line, "champ obligatoire vide : titre", csv.excerpt());
				continue;
			}
			String siretValue = text(csv, siret);
			if (siretValue != null && !org.gide.directory.Siret.isValid(siretValue)) {
				report.warn(line, siretValue.length() == 14 && Digits.only(siretValue)
						? "SIRET invalide (clé de contrôle), ignoré" : "SIRET invalide (14 chiffres attendus), ignoré",
						csv.excerpt());
				siretValue = null;
			}
			LocalDate created = date(csv, dateCreat, line, "date de création invalide (ignorée)", report);
			LocalDate published = date(csv, datePubli, line, "date de publication invalide (ignorée)", report);
			LocalDateTime updated = null;
			if (majTime >= 0) {
				try {
					updated = Values.dateTime(csv.get(majTime));
				}
				catch (Values.Invalid ex) {
					report.warn(line, "date de mise à jour invalide (ignorée)", csv.excerpt());
				}
			}
			RnaAssociation association = new RnaAssociation(idValue, text(csv, idEx), siretValue, text(csv, gestion),
					created, published, text(csv, nature), text(csv, groupement), titreValue, text(csv, titreCourt),
					text(csv, objet), text(csv, objetSocial1), text(csv, objetSocial2), text(csv, complement),
					text(csv, numVoie), text(csv, repetition), text(csv, typeVoie), text(csv, libVoie), commune,
					postal, text(csv, libCommune), text(csv, siteWeb), "A", updated);
			report.kept();
			sink.accept(association);
		}
	}

	/**
	 * The département part of a postal code, as a pseudo commune code: Corsican postal codes ({@code 20xxx}) map to
	 * {@code 2A} below {@code 20200} and {@code 2B} from it on. Only used when {@code adrs_codeinsee} is empty.
	 */
	static String communeFromPostalCode(String postal) {
		if (postal.startsWith("20")) {
			return (postal.compareTo("20200") < 0 ? "2A" : "2B") + postal.substring(2);
		}
		return postal;
	}

	private static LocalDate date(CsvRecordReader csv, int column, long line, String warning, RegisterReport report) {
		if (column < 0) {
			return null;
		}
		try {
			return Values.date(csv.get(column));
		}
		catch (Values.Invalid ex) {
			report.warn(line, warning, csv.excerpt());
			return null;
		}
	}

	private static String text(CsvRecordReader csv, int column) {
		return column < 0 ? null : Values.text(csv.get(column));
	}

}
