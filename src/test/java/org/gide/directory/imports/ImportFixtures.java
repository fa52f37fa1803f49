package org.gide.directory.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Fixture files under {@code src/test/resources/imports/} and runs over copies of them. */
final class ImportFixtures {

	/** The SIRETs of the SIRENE fixtures (v1 and v2). */
	static final Set<String> SIRETS = Set.of("77561234400017", "40212345900032", "44133322600047", "44133322600179",
			"77512388800080", "40212345900180");

	private ImportFixtures() {
	}

	static Path file(String name) {
		try {
			return Path.of(ImportFixtures.class.getResource("/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static ImportRun run(ImportService imports, ImportKind kind, CsvMapping mapping, String... fixtures) {
		Path dir = imports.newWorkDir();
		List<Path> files = new ArrayList<>();
		try {
			int i = 0;
			for (String fixture : fixtures) {
				Path source = file(fixture);
				Path copy = dir.resolve((i++) + "-" + source.getFileName());
				Files.copy(source, copy);
				files.add(copy);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return imports.create(kind, dir, files, mapping, null);
	}

	/** Parses a SIRENE pair synchronously and leaves only the fixtures' own closures to apply. */
	static ImportRun parsedSirene(ImportService imports, String version) {
		ImportRun run = run(imports, ImportKind.SIRENE, null, "imports/" + version + "/StockUniteLegale.csv",
				"imports/" + version + "/StockEtablissement.csv");
		imports.parse(run.id());
		excludeForeignClosures(imports, run.id());
		return imports.find(run.id()).orElseThrow();
	}

	/** Organisations other test classes created from "SIRENE" would look closed: they are left out of the apply. */
	static void excludeForeignClosures(ImportService imports, long runId) {
		List<Integer> foreign = imports.review(runId, ImportService.ReviewFilter.CLOSED, 0, 100_000)
			.stream()
			.filter(r -> !SIRETS.contains(r.key()))
			.map(ImportService.ReviewRow::seq)
			.toList();
		imports.exclude(runId, foreign, true);
	}

}
