package org.gide.directory.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/** Lets the benchmark (another package) run a SIRENE import through the service, as the command does. */
@Component
public class ImportBenchAccess {

	private final ImportService imports;

	ImportBenchAccess(ImportService imports) {
		this.imports = imports;
	}

	public record Timing(long rowsRead, long rowsKept, long countNew, long countChanged, long countUnchanged,
			long parseMillis, long applyMillis, long rowsApplied, long notifyMillis) {
	}

	public Timing run(Path units, Path establishments) throws Exception {
		Path dir = imports.newWorkDir();
		List<Path> files = new ArrayList<>();
		for (Path source : List.of(units, establishments)) {
			Path link = dir.resolve(source.getFileName());
			Files.createSymbolicLink(link, source.toAbsolutePath());
			files.add(link);
		}
		ImportRun run = imports.create(ImportKind.SIRENE, dir, files, null, null);
		imports.parse(run.id());
		ImportRun parsed = imports.find(run.id()).orElseThrow();
		if (parsed.state() != RunState.READY) {
			throw new IllegalStateException(parsed.error());
		}
		long start = System.nanoTime();
		imports.apply(run.id());
		long wall = (System.nanoTime() - start) / 1_000_000;
		ImportRun applied = imports.find(run.id()).orElseThrow();
		return new Timing(applied.rowsRead(), applied.rowsKept(), applied.countNew(), applied.countChanged(),
				applied.countUnchanged(), applied.parseMillis(), applied.applyMillis(), applied.rowsApplied(),
				Math.max(0, wall - applied.applyMillis()));
	}

}
