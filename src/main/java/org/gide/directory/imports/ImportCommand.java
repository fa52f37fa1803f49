package org.gide.directory.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The imports as a command, when the first argument is {@code import} (the web server is then not started, see
 * {@link ImportCommandListener}):
 *
 * <pre>
 * java -jar gide.jar import sirene --unites=StockUniteLegale_utf8.zip --etablissements=StockEtablissement_utf8.zip [--appliquer]
 * java -jar gide.jar import rna rna_waldec_20251101.zip [--appliquer]
 * java -jar gide.jar import csv liste.csv --mapping=mapping.json [--appliquer]
 * </pre>
 *
 * Prints the progress, the review counts and the report's path. Without {@code --appliquer} the run stays ready for
 * review in the web pages. Exit status: 0 done, 2 done but rows were rejected (see the report), 1 failed or wrong
 * arguments.
 */
@Component
@Order(100)
class ImportCommand implements ApplicationRunner {

	private final ImportService imports;

	private final ApplicationContext context;

	ImportCommand(ImportService imports, ApplicationContext context) {
		this.imports = imports;
		this.context = context;
	}

	static boolean requested(String... args) {
		return args.length > 0 && "import".equals(args[0]);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!requested(args.getSourceArgs())) {
			return;
		}
		int status;
		try {
			status = execute(args, System.out);
		}
		catch (RuntimeException ex) {
			System.err.println("Échec : " + ex.getMessage());
			status = 1;
		}
		int code = status;
		System.exit(SpringApplication.exit(context, () -> code));
	}

	int execute(ApplicationArguments args, PrintStream out) {
		List<String> words = args.getNonOptionArgs();
		if (words.size() < 2) {
			return usage("type d’import manquant (sirene, rna ou csv)");
		}
		ImportKind kind;
		List<Path> sources = new ArrayList<>();
		CsvMapping mapping = null;
		switch (words.get(1)) {
			case "sirene" -> {
				kind = ImportKind.SIRENE;
				String units = option(args, "unites");
				String establishments = option(args, "etablissements");
				if (units == null || establishments == null) {
					return usage("--unites=FICHIER et --etablissements=FICHIER sont obligatoires");
				}
				sources.add(Path.of(units));
				sources.add(Path.of(establishments));
			}
			case "rna", "csv" -> {
				kind = words.get(1).equals("rna") ? ImportKind.RNA : ImportKind.CSV;
				if (words.size() < 3) {
					return usage("fichier manquant");
				}
				sources.add(Path.of(words.get(2)));
				if (kind == ImportKind.CSV) {
					String file = option(args, "mapping");
					if (file == null) {
						return usage("--mapping=mapping.json est obligatoire pour un CSV");
					}
					try {
						mapping = CsvMapping.fromJson(Files.readString(Path.of(file)));
					}
					catch (IOException ex) {
						return usage("correspondance illisible : " + file);
					}
				}
			}
			default -> {
				return usage("type d’import inconnu : " + words.get(1));
			}
		}
		for (Path source : sources) {
			if (!Files.isReadable(source)) {
				return usage("fichier illisible : " + source);
			}
		}
		Path dir = imports.newWorkDir();
		List<Path> files = new ArrayList<>();
		for (Path source : sources) {
			files.add(link(source.toAbsolutePath(), dir));
		}
		ImportRun run = imports.create(kind, dir, files, mapping, null);
		out.println(run.label() + " (n° " + run.id() + ")");
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		ticker.scheduleAtFixedRate(() -> imports.find(run.id()).ifPresent(r -> print(out, r)), 2, 2, TimeUnit.SECONDS);
		try {
			imports.parse(run.id());
			ImportRun parsed = imports.find(run.id()).orElseThrow();
			print(out, parsed);
			out.println("Rapport : " + imports.reportPath(parsed));
			if (parsed.state() != RunState.READY) {
				out.println("Échec : " + parsed.error());
				return 1;
			}
			out.printf("Revue : %d nouvelle(s), %d modifiée(s), %d fermée(s) ou absente(s), %d inchangée(s), "
					+ "%d conflit(s) — lecture en %d ms%n", parsed.countNew(), parsed.countChanged(),
					parsed.countClosed(), parsed.countUnchanged(), parsed.countConflicts(), parsed.parseMillis());
			if (args.containsOption("appliquer")) {
				imports.apply(run.id());
				ImportRun applied = imports.find(run.id()).orElseThrow();
				out.printf("Appliqué : %d ligne(s) en %d ms%n", applied.rowsApplied(), applied.applyMillis());
			}
			else {
				out.println("Non appliqué : relisez et appliquez sur /admin/annuaire/imports/" + run.id()
						+ " (ou relancez avec --appliquer)");
			}
			return parsed.rowsRejected() > 0 ? 2 : 0;
		}
		finally {
			ticker.shutdownNow();
		}
	}

	private static void print(PrintStream out, ImportRun r) {
		out.printf("[%s] %d %% — %d lignes lues, %d gardées, %d rejetées, %d appliquées%n", r.state(), r.percent(),
				r.rowsRead(), r.rowsKept(), r.rowsRejected(), r.rowsApplied());
	}

	/** The run reads the file where it is, through a link in its folder (a copy where links are not possible). */
	private static Path link(Path source, Path dir) {
		Path target = dir.resolve(source.getFileName());
		try {
			Files.createSymbolicLink(target, source);
		}
		catch (IOException | UnsupportedOperationException ex) {
			try {
				Files.copy(source, target);
			}
			catch (IOException copy) {
				throw new UncheckedIOException(copy);
			}
		}
		return target;
	}

	private static String option(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	private static int usage(String problem) {
		System.err.println("Erreur : " + problem);
		System.err.println("Usage : import sirene --unites=FICHIER --etablissements=FICHIER [--appliquer]");
		System.err.println("        import rna FICHIER [--appliquer]");
		System.err.println("        import csv FICHIER --mapping=mapping.json [--appliquer]");
		return 1;
	}

}
