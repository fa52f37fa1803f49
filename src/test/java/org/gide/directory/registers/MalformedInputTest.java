package org.gide.directory.registers;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Randomly damaged copies of the fixtures: the readers never throw and account for every row. */
class MalformedInputTest {

	private static final String DAMAGE = "\"\",;\n\r\"x";

	private static String damage(String text, Random random) {
		StringBuilder sb = new StringBuilder(text);
		int edits = 1 + random.nextInt(12);
		for (int i = 0; i < edits; i++) {
			// Never touch the header line: a damaged header is a file-level error, tested elsewhere.
			int at = text.indexOf('\n') + 1 + random.nextInt(sb.length() - text.indexOf('\n') - 1);
			switch (random.nextInt(3)) {
				case 0 -> sb.insert(at, DAMAGE.charAt(random.nextInt(DAMAGE.length())));
				case 1 -> sb.deleteCharAt(Math.min(at, sb.length() - 1));
				default -> sb.setCharAt(Math.min(at, sb.length() - 1), DAMAGE.charAt(random.nextInt(DAMAGE.length())));
			}
		}
		return sb.toString();
	}

	@Test
	void sireneEstablishmentsSurviveDamage() throws Exception {
		String text = Files.readString(Fixtures.file("StockEtablissement.csv"), StandardCharsets.UTF_8);
		SireneReader reader = new SireneReader(Fixtures.GARD);
		SireneUnitIndex units = reader.readUnits(Fixtures.file("StockUniteLegale.csv"), new RegisterReport("u"));
		Random random = new Random(20261123);
		for (int round = 0; round < 300; round++) {
			RegisterReport report = new RegisterReport("damaged");
			long[] kept = { 0 };
			reader.readEstablishments(new StringReader(damage(text, random)), units, e -> kept[0]++, report);
			assertThat(report.rowsRead())
				.isEqualTo(report.keptCount() + report.filteredOutCount() + report.rejectedCount());
			assertThat(kept[0]).isEqualTo(report.keptCount());
			assertThat(report.rejected()).allSatisfy(issue -> assertThat(issue.line()).isBetween(2L, 40L));
		}
	}

	@Test
	void rnaSurvivesDamage() throws Exception {
		String text = Files.readString(Fixtures.file("rna_waldec_30-utf8.csv"), StandardCharsets.UTF_8);
		RnaReader reader = new RnaReader(DepartementCode.of("30"));
		Random random = new Random(30);
		for (int round = 0; round < 300; round++) {
			RegisterReport report = new RegisterReport("damaged");
			reader.read(new StringReader(damage(text, random)), a -> {
			}, report);
			assertThat(report.rowsRead())
				.isEqualTo(report.keptCount() + report.filteredOutCount() + report.rejectedCount());
		}
	}

}
