package org.gide.directory.imports;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a département's own list maps onto organisations: for each organisation field, the column that holds it
 * (columns named as in the file's header), the key used to find an organisation already in the directory, and the
 * file's delimiter and charset ({@code null}: detected). Stored with the run as JSON, and read from
 * {@code --mapping=mapping.json} by the command.
 */
record CsvMapping(Map<String, String> columns, String key, Character delimiter, String charset) {

	/** Organisation fields a column may be mapped to (OrganisationDraft property names), in form order. */
	static final List<String> FIELDS = List.of("name", "acronym", "siret", "siren", "rna", "legalCategory", "naf",
			"description", "address", "postalCode", "communeCode", "latitude", "longitude", "employeeBand",
			"inclusionType", "publicWebsite", "publicEmail", "publicPhone", "creationDate", "sourceKey");

	/** Keys an organisation of the directory is found by, in order of preference. */
	static final List<String> KEYS = List.of("siret", "rna", "sourceKey");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	CsvMapping {
		Map<String, String> kept = new LinkedHashMap<>();
		for (String field : FIELDS) {
			String column = columns.get(field);
			if (column != null && !column.isBlank()) {
				kept.put(field, column.strip());
			}
		}
		columns = Map.copyOf(kept);
		if (key == null || key.isBlank()) {
			key = KEYS.stream().filter(columns::containsKey).findFirst().orElse(null);
		}
	}

	/** Problems that make the mapping unusable (French, shown on the mapping screen and by the command). */
	List<String> problems(List<String> header) {
		List<String> problems = new java.util.ArrayList<>();
		if (!columns.containsKey("name")) {
			problems.add("name");
		}
		if (key == null || !columns.containsKey(key)) {
			problems.add("key");
		}
		if (columns.containsKey("latitude") != columns.containsKey("longitude")) {
			problems.add("coordinates");
		}
		if (header != null) {
			columns.values().stream().filter(c -> !header.contains(c)).forEach(c -> problems.add("column:" + c));
		}
		return problems;
	}

	Charset charsetOrNull() {
		return charset == null || charset.isBlank() ? null : Charset.forName(charset);
	}

	String toJson() {
		ObjectNode node = JSON.createObjectNode();
		ObjectNode cols = node.putObject("columns");
		columns.forEach(cols::put);
		node.put("key", key);
		if (delimiter != null) {
			node.put("delimiter", String.valueOf(delimiter));
		}
		if (charset != null) {
			node.put("charset", charset);
		}
		return JSON.writeValueAsString(node);
	}

	static CsvMapping fromJson(String json) {
		JsonNode node = JSON.readTree(json);
		Map<String, String> cols = new LinkedHashMap<>();
		JsonNode columns = node.path("columns");
		for (String field : FIELDS) {
			if (columns.hasNonNull(field)) {
				cols.put(field, columns.get(field).asString());
			}
		}
		String delimiter = node.hasNonNull("delimiter") ? node.get("delimiter").asString() : null;
		if ("\\t".equals(delimiter)) {
			delimiter = "\t";
		}
		return new CsvMapping(cols, node.hasNonNull("key") ? node.get("key").asString() : null,
				delimiter == null || delimiter.isEmpty() ? null : delimiter.charAt(0),
				node.hasNonNull("charset") ? node.get("charset").asString() : null);
	}

	/** The organisation row of one CSV row; throws {@link Rows.Refused} with the reason of the report. */
	StagedRow convert(Map<String, Integer> positions, String[] values) {
		StagedRow row = new StagedRow();
		row.name = Rows.requiredName(value("name", positions, values));
		row.acronym = Rows.clip(value("acronym", positions, values), Rows.ACRONYM_MAX);
		var siret = Rows.siret(value("siret", positions, values));
		var siren = Rows.siren(value("siren", positions, values));
		if (siret != null && siren != null && !siret.siren().equals(siren)) {
			throw new Rows.Refused("SIRET " + siret.value() + " d’un autre SIREN que " + siren.value());
		}
		row.siret = siret == null ? null : siret.value();
		row.siren = siret != null ? siret.siren().value() : siren == null ? null : siren.value();
		row.rna = Rows.rna(value("rna", positions, values));
		String category = value("legalCategory", positions, values);
		row.legalCategory = Rows.legalCategory(category);
		if (category != null && !category.isBlank() && row.legalCategory == null) {
			throw new Rows.Refused("catégorie juridique invalide : " + category.strip());
		}
		String naf = value("naf", positions, values);
		row.nafCode = Rows.naf(naf);
		if (naf != null && !naf.isBlank() && row.nafCode == null) {
			throw new Rows.Refused("code NAF invalide : " + naf.strip());
		}
		row.description = Rows.clip(value("description", positions, values), Integer.MAX_VALUE);
		row.address = Rows.clip(value("address", positions, values), Integer.MAX_VALUE);
		String postal = value("postalCode", positions, values);
		row.postalCode = Rows.postalCode(postal);
		if (postal != null && !postal.isBlank() && row.postalCode == null) {
			throw new Rows.Refused("code postal invalide : " + postal.strip());
		}
		String commune = value("communeCode", positions, values);
		row.communeCode = Rows.commune(commune);
		if (commune != null && !commune.isBlank() && row.communeCode == null) {
			throw new Rows.Refused("code commune invalide : " + commune.strip());
		}
		row.latitude = Rows.coordinate(value("latitude", positions, values), 90, "latitude");
		row.longitude = Rows.coordinate(value("longitude", positions, values), 180, "longitude");
		if ((row.latitude == null) != (row.longitude == null)) {
			throw new Rows.Refused("coordonnées incomplètes (latitude et longitude vont ensemble)");
		}
		row.geoPrecision = row.latitude == null ? null : "ADDRESS";
		String band = value("employeeBand", positions, values);
		if (band != null && !band.isBlank()) {
			row.employeeBand = org.gide.directory.EmployeeBand.fromCode(band.strip())
				.map(org.gide.directory.EmployeeBand::code)
				.orElseThrow(() -> new Rows.Refused("tranche d’effectif invalide : " + band.strip()));
		}
		String inclusion = value("inclusionType", positions, values);
		if (inclusion != null && !inclusion.isBlank()) {
			row.inclusionType = org.gide.directory.InclusionType.fromCode(inclusion.strip())
				.map(Enum::name)
				.orElseThrow(() -> new Rows.Refused("type de structure d’inclusion invalide : " + inclusion.strip()));
		}
		String site = value("publicWebsite", positions, values);
		row.publicWebsite = Rows.website(site);
		if (site != null && !site.isBlank() && row.publicWebsite == null) {
			throw new Rows.Refused("site web invalide : " + site.strip());
		}
		row.publicEmail = Rows.email(value("publicEmail", positions, values));
		row.publicPhone = Rows.clip(value("publicPhone", positions, values), 30);
		row.creationDate = Rows.date(value("creationDate", positions, values));
		row.sourceKey = Rows.clip(value("sourceKey", positions, values), 200);
		row.matchKey = switch (key) {
			case "siret" -> row.siret;
			case "rna" -> row.rna;
			default -> row.sourceKey;
		};
		if (row.matchKey == null) {
			throw new Rows.Refused("clé absente : " + columns.get(key));
		}
		if (row.sourceKey == null) {
			row.sourceKey = row.matchKey;
		}
		Rows.derive(row);
		return row;
	}

	private String value(String field, Map<String, Integer> positions, String[] values) {
		String column = columns.get(field);
		if (column == null) {
			return null;
		}
		Integer i = positions.get(column);
		return i == null || i >= values.length ? null : values[i];
	}

}
