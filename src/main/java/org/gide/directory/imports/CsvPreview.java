package org.gide.directory.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The first rows of a CSV run's file, read with the given (or detected) delimiter and charset. */
public record CsvPreview(char delimiter, String charset, List<String> header, List<String[]> rows) {

	private static final Map<String, List<String>> HINTS = Map.ofEntries(Map.entry("name",
			List.of("nom", "raison sociale", "denomination", "dénomination", "structure", "name")),
			Map.entry("acronym", List.of("sigle", "acronyme")), Map.entry("siret", List.of("siret")),
			Map.entry("siren", List.of("siren")), Map.entry("rna", List.of("rna", "waldec")),
			Map.entry("legalCategory", List.of("catégorie juridique", "categorie juridique", "forme juridique")),
			Map.entry("naf", List.of("naf", "ape")), Map.entry("description", List.of("description", "objet", "activité")),
			Map.entry("address", List.of("adresse")), Map.entry("postalCode", List.of("code postal", "cp")),
			Map.entry("communeCode", List.of("code commune", "insee")), Map.entry("latitude", List.of("latitude", "lat")),
			Map.entry("longitude", List.of("longitude", "lon", "lng")),
			Map.entry("employeeBand", List.of("tranche", "effectif")),
			Map.entry("inclusionType", List.of("type", "siae", "typologie")),
			Map.entry("publicWebsite", List.of("site", "web", "url")),
			Map.entry("publicEmail", List.of("courriel", "email", "mail")),
			Map.entry("publicPhone", List.of("téléphone", "telephone", "tél", "tel")),
			Map.entry("creationDate", List.of("date de création", "creation")),
			Map.entry("sourceKey", List.of("identifiant", "id", "référence", "reference")));

	public String guess(String field) {
		for (String hint : HINTS.getOrDefault(field, List.of())) {
			for (String column : header) {
				String c = column.toLowerCase(Locale.ROOT);
				if (c.equals(hint) || (hint.length() > 3 && c.contains(hint))) {
					return column;
				}
			}
		}
		return null;
	}

	public String delimiterName() {
		return switch (delimiter) {
			case ',' -> "virgule";
			case '\t' -> "tabulation";
			case '|' -> "barre";
			default -> "point-virgule";
		};
	}

}
