package org.gide.directory.registers.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;

import org.gide.directory.registers.DepartementCode;
import org.gide.directory.registers.RegisterReport;
import org.gide.directory.registers.RnaReader;
import org.gide.directory.registers.SireneFilter;
import org.gide.directory.registers.SireneReader;
import org.gide.directory.registers.SireneUnitIndex;

/**
 * Parsing throughput of the register readers on synthetic files (not a test: no timing assertion anywhere).
 * <p>
 * Run: {@code ./mvnw -q test-compile && java -cp target/classes:target/test-classes
 * org.gide.directory.registers.bench.RegistersBench [rows]} (default 500 000 rows per file).
 */
public final class RegistersBench {

	private RegistersBench() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
		Path dir = Files.createTempDirectory("gide-registers-bench");
		try {
			Path units = dir.resolve("StockUniteLegale.csv");
			Path establishments = dir.resolve("StockEtablissement.csv");
			Path establishmentsGard = dir.resolve("StockEtablissement-gard.csv");
			Path rna = dir.resolve("rna_waldec.csv");
			Path rnaGard = dir.resolve("rna_waldec-gard.csv");
			SyntheticRegisters.units(units, rows, 1);
			SyntheticRegisters.establishments(establishments, rows, rows, 0.05, 2);
			SyntheticRegisters.establishments(establishmentsGard, rows, rows, 1.0, 3);
			SyntheticRegisters.rna(rna, rows, 0.05, 4);
			SyntheticRegisters.rna(rnaGard, rows, 1.0, 5);
			SireneReader sirene = new SireneReader(
					new SireneFilter(DepartementCode.of("30"), SyntheticRegisters::essCategory));
			RnaReader rnaReader = new RnaReader(DepartementCode.of("30"));
			long before = usedHeap();
			SireneUnitIndex held = sirene.readUnits(units, new RegisterReport("memory"));
			long after = usedHeap();
			System.out.printf("Unit index: %,d units, about %,d bytes per unit on the heap%n", held.size(),
					(after - before) / Math.max(1, held.size()));
			held = null;
			for (int round = 1; round <= 3; round++) {
				System.out.println("— round " + round + (round == 1 ? " (JIT warm-up)" : ""));
				SireneUnitIndex[] index = new SireneUnitIndex[1];
				measure("StockUniteLegale", units, report -> index[0] = sirene.readUnits(units, report));
				LongAdder sink = new LongAdder();
				measure("StockEtablissement, 5 % Gard", establishments,
						report -> sirene.readEstablishments(establishments, index[0], e -> sink.increment(), report));
				measure("StockEtablissement, 100 % Gard", establishmentsGard, report -> sirene
					.readEstablishments(establishmentsGard, index[0], e -> sink.increment(), report));
				measure("rna_waldec (Windows-1252), 5 % Gard", rna,
						report -> rnaReader.read(rna, null, a -> sink.increment(), report));
				measure("rna_waldec (Windows-1252), 100 % Gard", rnaGard,
						report -> rnaReader.read(rnaGard, null, a -> sink.increment(), report));
			}
		}
		finally {
			try (var files = Files.list(dir)) {
				files.forEach(p -> p.toFile().delete());
			}
			Files.delete(dir);
		}
	}

	private static long usedHeap() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
		}
		Runtime rt = Runtime.getRuntime();
		return rt.totalMemory() - rt.freeMemory();
	}

	private static void measure(String label, Path file, java.util.function.Consumer<RegisterReport> run)
			throws Exception {
		RegisterReport report = new RegisterReport(file.getFileName().toString());
		long start = System.nanoTime();
		run.accept(report);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("%-40s %,9d rows %,7.1f MB %6.2f s %,12.0f rows/s  (kept %,d, filtered %,d, rejected %,d)%n",
				label, report.rowsRead(), Files.size(file) / 1e6, seconds, report.rowsRead() / seconds,
				report.keptCount(), report.filteredOutCount(), report.rejectedCount());
	}

}
