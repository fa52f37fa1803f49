package org.gide.bench.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's editable mapping files, read from the main module's sources (never copied): legal category → ESS
 * family (and cooperative kind), NAF code → observatory sector. The derivations follow {@code EssFamilies.classify}
 * and {@code NafSectors.sectorOfCode} (most specific line wins); {@code DatasetGeneratorTest} checks them against
 * those classes when the main module is compiled.
 */
final class Mappings {

	record Category(String kind, String cooperativeKind) {
	}

	record Classification(String family, String cooperativeKind) {
	}

	private final Map<String, Category> categories = new HashMap<>();

	private final Map<String, String> sectors = new HashMap<>();

	private Mappings() {
	}

	static Mappings read(Path directory) throws IOException {
		Mappings mappings = new Mappings();
		for (String[] cells : lines(directory.resolve("categories-juridiques-ess.csv"))) {
			mappings.categories.put(cells[0].strip(),
					new Category(cells[1].strip(), cells.length > 2 && !cells[2].isBlank() ? cells[2].strip() : null));
		}
		for (String[] cells : lines(directory.resolve("naf-secteurs.csv"))) {
			mappings.sectors.put(normalise(cells[0]), cells[1].strip());
		}
		if (mappings.categories.isEmpty() || mappings.sectors.isEmpty()) {
			throw new IOException("Empty mapping files in " + directory);
		}
		return mappings;
	}

	private static Iterable<String[]> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8)
			.stream()
			.map(String::strip)
			.filter(line -> !line.isEmpty() && !line.startsWith("#"))
			.map(line -> line.split(";", -1))
			.toList();
	}

	/** As EssFamilies.classify: category, SIRENE flag, ESUS, declared cooperative kind, has an RNA number. */
	Classification classify(String category, Boolean sireneEss, boolean esus, String declaredKind, boolean hasRna) {
		boolean flagged = Boolean.TRUE.equals(sireneEss) || esus;
		if (category == null) {
			if (hasRna) {
				return new Classification("ASSOCIATION", null);
			}
			if (declaredKind != null) {
				return new Classification("COOPERATIVE", declaredKind);
			}
			return new Classification(flagged ? "ESS_COMPANY" : "NOT_ESS", null);
		}
		Category entry = null;
		for (int length = category.length(); length > 0 && entry == null; length--) {
			entry = categories.get(category.substring(0, length));
		}
		String kind = entry == null ? "NOT_ESS" : entry.kind();
		return switch (kind) {
			case "ASSOCIATION", "MUTUELLE", "FONDATION" -> new Classification(kind, null);
			case "COOPERATIVE" -> new Classification(kind,
					declaredKind != null ? declaredKind : entry.cooperativeKind() == null ? "OTHER" : entry.cooperativeKind());
			case "COMMERCIAL" -> declaredKind != null ? new Classification("COOPERATIVE", declaredKind)
					: new Classification(flagged ? "ESS_COMPANY" : "NOT_ESS", null);
			default -> new Classification("NOT_ESS", null);
		};
	}

	/** As NafSectors.sectorOfCode. */
	String sectorOf(String naf) {
		if (naf == null || naf.isBlank()) {
			return "NON_CLASSE";
		}
		String normalised = normalise(naf);
		for (int length = normalised.length(); length >= 2; length--) {
			String sector = sectors.get(normalised.substring(0, length));
			if (sector != null) {
				return sector;
			}
		}
		return "NON_CLASSE";
	}

	private static String normalise(String code) {
		String compact = code.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
		return compact.length() > 2 ? compact.substring(0, 2) + "." + compact.substring(2) : compact;
	}

}
