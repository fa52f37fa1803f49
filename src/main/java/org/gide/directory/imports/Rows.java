package org.gide.directory.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.gide.directory.EmployeeBand;
import org.gide.directory.EssClassification;
import org.gide.directory.EssFamilies;
import org.gide.directory.InclusionType;
import org.gide.directory.InvalidValueException;
import org.gide.directory.LegalCategory;
import org.gide.directory.NafCode;
import org.gide.directory.NafSectors;
import org.gide.directory.ReservedMarket;
import org.gide.directory.RnaNumber;
import org.gide.directory.Siren;
import org.gide.directory.Siret;
import org.gide.directory.registers.RnaAssociation;
import org.gide.directory.registers.SireneEstablishment;
import org.gide.directory.registers.SireneUnit;

/**
 * Turns what the readers give into {@link StagedRow}s, with the directory's own validation and derivation rules
 * (the public {@link EssFamilies}, {@link NafSectors} and {@link InclusionType#reservedMarkets}), so that what is
 * staged is what the organisation entity would store.
 */
final class Rows {

	static final int NAME_MAX = 250;

	static final int ACRONYM_MAX = 50;

	// Compiled once: a national file has millions of rows.
	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	private static final java.util.regex.Pattern CATEGORY = java.util.regex.Pattern.compile("[1-9]\\d{3}");

	private static final java.util.regex.Pattern POSTCODE = java.util.regex.Pattern.compile("\\d{5}");

	private static final java.util.regex.Pattern COMMUNE = java.util.regex.Pattern.compile("\\d[\\dAB]\\d{3}");

	private static final java.util.regex.Pattern NAF = java.util.regex.Pattern.compile("\\d{2}\\.\\d{2}[A-Z]");

	private static final java.util.Map<String, String> SECTORS = new java.util.concurrent.ConcurrentHashMap<>();

	private static final java.util.Map<String, EssClassification> CLASSIFICATIONS = new java.util.concurrent.ConcurrentHashMap<>();

	private Rows() {
	}

	/** A row refused for a reason shown in the report. */
	static final class Refused extends RuntimeException {

		Refused(String reason) {
			super(reason, null, false, false);
		}

	}

	static StagedRow fromSirene(SireneEstablishment e) {
		SireneUnit unit = e.unit();
		StagedRow row = new StagedRow();
		row.matchKey = e.siret();
		row.sourceKey = e.siret();
		row.name = clip(e.displayName(), NAME_MAX);
		if (row.name == null) {
			row.name = e.siret();
		}
		row.acronym = clip(unit.sigle(), ACRONYM_MAX);
		row.siren = e.siren();
		row.siret = e.siret();
		// The RNA number identifies the association (the unit): only its head office carries it.
		if (e.siege() && unit.identifiantAssociation() != null && RnaNumber.isValid(unit.identifiantAssociation())) {
			row.rna = RnaNumber.of(unit.identifiantAssociation()).value();
		}
		row.legalCategory = legalCategory(unit.categorieJuridique());
		row.sireneEss = unit.economieSocialeSolidaire();
		row.creationDate = unit.dateCreation();
		row.nafCode = naf(e.activitePrincipale() != null ? e.activitePrincipale() : unit.activitePrincipale());
		row.address = address(e.complementAdresse(), e.numeroVoie(), e.indiceRepetition(), e.typeVoie(),
				e.libelleVoie());
		row.postalCode = postalCode(e.codePostal());
		row.communeCode = commune(e.codeCommune());
		if (e.position() != null) {
			row.latitude = e.position().latitude();
			row.longitude = e.position().longitude();
			row.geoPrecision = "ADDRESS";
		}
		row.employeeBand = EmployeeBand.fromCode(e.trancheEffectifs()).map(EmployeeBand::code).orElse(null);
		derive(row);
		return row;
	}

	static StagedRow fromRna(RnaAssociation a) {
		StagedRow row = new StagedRow();
		row.matchKey = a.id();
		row.sourceKey = a.id();
		row.name = clip(a.titre(), NAME_MAX);
		row.acronym = clip(a.titreCourt(), ACRONYM_MAX);
		row.rna = RnaNumber.isValid(a.id()) ? RnaNumber.of(a.id()).value() : null;
		if (a.siret() != null && Siret.isValid(a.siret())) {
			Siret siret = Siret.of(a.siret());
			row.siret = siret.value();
			row.siren = siret.siren().value();
		}
		row.creationDate = a.dateCreation();
		row.description = a.objet();
		row.address = address(a.complementAdresse(), a.numeroVoie(), a.repetition(), a.typeVoie(), a.libelleVoie());
		row.postalCode = postalCode(a.codePostal());
		row.communeCode = commune(a.codeCommune());
		row.publicWebsite = website(a.siteWeb());
		derive(row);
		return row;
	}

	/** Family, cooperative kind, sector and reserved markets, by the directory's rules (no ESUS, no declared kind). */
	static void derive(StagedRow row) {
		// Same inputs, same result: the rules are pure, so they are computed once per combination.
		EssClassification classification = CLASSIFICATIONS.computeIfAbsent(
				row.legalCategory + "|" + row.sireneEss + "|" + (row.rna != null),
				k -> EssFamilies.standard()
					.classify(row.legalCategory == null ? null : new LegalCategory(row.legalCategory), row.sireneEss,
							false, null, row.rna != null));
		row.essFamily = classification.family().name();
		row.cooperativeKind = classification.cooperativeKind() == null ? null
				: classification.cooperativeKind().name();
		row.sector = row.nafCode == null ? NafSectors.standard().sectorOf(null).name()
				: SECTORS.computeIfAbsent(row.nafCode, naf -> NafSectors.standard().sectorOf(new NafCode(naf)).name());
		Set<ReservedMarket> markets = InclusionType.reservedMarkets(
				row.inclusionType == null ? null : InclusionType.valueOf(row.inclusionType), classification.family());
		row.reservedL2113_12 = markets.contains(ReservedMarket.L2113_12);
		row.reservedL2113_13 = markets.contains(ReservedMarket.L2113_13);
		row.reservedL2113_15 = markets.contains(ReservedMarket.L2113_15);
	}

	static String address(String complement, String number, String repetition, String streetType, String street) {
		StringBuilder sb = new StringBuilder();
		append(sb, number);
		append(sb, repetition);
		append(sb, streetType);
		append(sb, street);
		String line = sb.toString();
		if (complement != null && !complement.isBlank()) {
			line = line.isEmpty() ? complement.strip() : complement.strip() + ", " + line;
		}
		return line.isEmpty() ? null : line;
	}

	private static void append(StringBuilder sb, String part) {
		if (part != null && !part.isBlank()) {
			if (!sb.isEmpty()) {
				sb.append(' ');
			}
			sb.append(part.strip());
		}
	}

	static String clip(String value, int max) {
		if (value == null) {
			return null;
		}
		String s = SPACES.matcher(value.strip()).replaceAll(" ");
		if (s.isEmpty()) {
			return null;
		}
		return s.length() > max ? s.substring(0, max) : s;
	}

	static String legalCategory(String raw) {
		return raw != null && CATEGORY.matcher(raw.strip()).matches() ? raw.strip() : null;
	}

	static String naf(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		if (NAF.matcher(raw).matches()) {
			return raw;
		}
		try {
			return NafCode.of(raw).value();
		}
		catch (InvalidValueException ex) {
			return null;
		}
	}

	static String postalCode(String raw) {
		return raw != null && POSTCODE.matcher(raw.strip()).matches() ? raw.strip() : null;
	}

	static String commune(String raw) {
		if (raw == null) {
			return null;
		}
		String code = raw.strip().toUpperCase(Locale.ROOT);
		return COMMUNE.matcher(code).matches() ? code : null;
	}

	static String website(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String site = raw.strip();
		if (!site.matches("(?i)https?://.+")) {
			site = "https://" + site;
		}
		try {
			java.net.URI uri = java.net.URI.create(site);
			return uri.getHost() != null && uri.getHost().contains(".") ? site : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	// — the département's own lists: values as typed by people, checked one by one

	static String requiredName(String raw) {
		String name = clip(raw, Integer.MAX_VALUE);
		if (name == null) {
			throw new Refused("champ obligatoire vide : nom");
		}
		if (name.length() > NAME_MAX) {
			throw new Refused("nom trop long (plus de " + NAME_MAX + " caractères)");
		}
		return name;
	}

	static Siret siret(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		if (!Siret.isValid(raw)) {
			throw new Refused("SIRET invalide : " + raw.strip());
		}
		return Siret.of(raw);
	}

	static Siren siren(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		if (!Siren.isValid(raw)) {
			throw new Refused("SIREN invalide : " + raw.strip());
		}
		return Siren.of(raw);
	}

	static String rna(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		if (!RnaNumber.isValid(raw)) {
			throw new Refused("numéro RNA invalide : " + raw.strip());
		}
		return RnaNumber.of(raw).value();
	}

	static Double coordinate(String raw, double limit, String label) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(raw.strip().replace(',', '.'));
			if (Double.isNaN(value) || Math.abs(value) > limit) {
				throw new Refused(label + " hors limites : " + raw.strip());
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new Refused(label + " invalide : " + raw.strip());
		}
	}

	private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	static LocalDate date(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String s = raw.strip();
		try {
			return s.contains("/") ? LocalDate.parse(s, FRENCH_DATE) : LocalDate.parse(s);
		}
		catch (DateTimeParseException ex) {
			throw new Refused("date invalide : " + s);
		}
	}

	static String email(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String mail = raw.strip();
		if (!mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new Refused("courriel invalide : " + mail);
		}
		return mail;
	}

}
