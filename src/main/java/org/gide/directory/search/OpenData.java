package org.gide.directory.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.gide.directory.search.DirectorySearch.Facet;
import org.gide.directory.search.DirectorySearch.Hit;

/**
 * The open-data formats of a search result (CSV, GeoJSON, JSON), written row by row to a stream, with the licence
 * and source stated in each. Public data only: identity, classification, address and the contact details the
 * organisation agreed to publish.
 */
final class OpenData {

	static final String LICENCE = "Licence Ouverte / Etalab 2.0";

	static final String LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

	static final String SOURCE = "Gide, annuaire de l’économie sociale et solidaire";

	/** The CSV columns, in French as the open-data portals expect them. */
	static final List<String> COLUMNS = List.of("identifiant", "nom", "sigle", "siret", "rna", "famille", "secteur",
			"structure_insertion", "marches_reserves", "acteur_ressource", "adresse", "code_postal", "code_commune",
			"commune", "epci", "territoire", "latitude", "longitude", "site_web", "courriel", "telephone", "fiche");

	private OpenData() {
	}

	/** One row's values, in {@link #COLUMNS} order. */
	static List<String> values(Hit hit, FacetLabels labels, String publicUrl) {
		Locale fr = Locale.FRENCH;
		return java.util.Arrays.asList(Long.toString(hit.id()), hit.name(), hit.acronym(), hit.siret(), hit.rna(),
				labels.label(Facet.FAMILY, hit.family(), fr), labels.label(Facet.SECTOR, hit.sector(), fr),
				labels.label(Facet.INCLUSION, hit.inclusion(), fr),
				hit.markets() == null ? null
						: String.join(",", hit.markets().stream().map(m -> m.toUpperCase(Locale.ROOT).replace("_", "-")).toList()),
				hit.resourceActor() ? "oui" : "non", hit.address(), hit.postalCode(), hit.communeCode(),
				hit.communeName(), hit.epci(), labels.label(Facet.TERRITORY, hit.territory(), fr),
				hit.latitude() == null ? null : coordinate(hit.latitude()),
				hit.longitude() == null ? null : coordinate(hit.longitude()), hit.website(), hit.email(), hit.phone(),
				publicUrl + "/annuaire/" + hit.id());
	}

	static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.6f", value);
	}

	/** CSV for spreadsheets in French locales: UTF-8 with a byte order mark, semicolons, CRLF. */
	static final class Csv implements AutoCloseable {

		private final Writer out;

		Csv(OutputStream stream) throws IOException {
			this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			out.write('\uFEFF');
			row(COLUMNS);
		}

		void row(List<String> values) throws IOException {
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					out.write(';');
				}
				out.write(cell(values.get(i)));
			}
			out.write("\r\n");
		}

		static String cell(String value) {
			if (value == null) {
				return "";
			}
			// A leading = + - @ would be run as a formula by spreadsheets: quote it away.
			String safe = value.matches("^[=+\\-@\\t\\r].*") && !value.matches("^-?\\d+(\\.\\d+)?$") ? "'" + value
					: value;
			if (safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
				return "\"" + safe.replace("\"", "\"\"") + "\"";
			}
			return safe;
		}

		@Override
		public void close() throws IOException {
			out.flush();
		}

	}

	/** JSON text of a string (null gives null). */
	static String json(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** The properties of one organisation as a JSON object, keys as the CSV columns. */
	static String jsonObject(List<String> values) {
		StringBuilder out = new StringBuilder("{");
		for (int i = 0; i < COLUMNS.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			String column = COLUMNS.get(i);
			String value = values.get(i);
			out.append(json(column)).append(':');
			if (value != null && (column.equals("identifiant") || column.equals("latitude")
					|| column.equals("longitude"))) {
				out.append(value);
			}
			else if (column.equals("acteur_ressource")) {
				out.append("oui".equals(value));
			}
			else {
				out.append(json(value));
			}
		}
		return out.append('}').toString();
	}

	/** The licence member of the JSON formats. */
	static String licenceMember(String sourceUrl) {
		return "\"licence\":{\"nom\":" + json(LICENCE) + ",\"url\":" + json(LICENCE_URL) + "},\"source\":{\"nom\":"
				+ json(SOURCE) + ",\"url\":" + json(sourceUrl) + "}";
	}

}
