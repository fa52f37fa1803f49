package org.gide.directory.imports.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.GideApplication;
import org.gide.directory.imports.ImportBenchAccess;

/**
 * SIRENE import speed: generates a deterministic StockUniteLegale + StockEtablissement pair in the official formats
 * (every establishment active, in a real Gard commune, of an ESS unit: each one is kept and written), starts Gide on a
 * fresh durable embedded PostgreSQL (fsync on, as in production), and measures parse + stage + classify, then apply,
 * then a second run of the same files (idempotent: nothing written). Not part of the tests; see docs/performance.md.
 *
 * <pre>
 * bench/sirene-import.sh [establishments]     # default 250000
 * </pre>
 */
public final class SireneImportBench {

	private SireneImportBench() {
	}

	public static void main(String[] args) throws Exception {
		int establishments = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
		Path dir = Files.createTempDirectory("gide-sirene-bench-");
		Path units = dir.resolve("StockUniteLegale.csv");
		Path etabs = dir.resolve("StockEtablissement.csv");
		long t0 = System.nanoTime();
		generate(units, etabs, establishments, 42);
		System.out.printf("Generated %d establishments (%d units) in %d ms: %s (%d MB)%n", establishments,
				establishments / 2, (System.nanoTime() - t0) / 1_000_000, dir,
				(Files.size(units) + Files.size(etabs)) >> 20);

		ConfigurableApplicationContext context = new SpringApplicationBuilder(GideApplication.class)
			.run("--server.port=-1", "--gide.embedded-db.data-dir=" + dir.resolve("postgres"), "--gide.embedded-db.ephemeral=false",
					"--spring.main.banner-mode=off", "--gide.admin.email=",
					"--gide.territory.contours.locations=file:../shared/data/derived/communes-30-gard-cog2026.geojson",
					"--gide.imports.work-dir=" + dir.resolve("runs"), "--logging.level.root=warn", "--logging.level.org.gide.directory.imports=info");
		try {
			ImportBenchAccess imports = context.getBean(ImportBenchAccess.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			for (int round = 1; round <= 2; round++) {
				ImportBenchAccess.Timing timing = imports.run(units, etabs);
				long total = timing.parseMillis() + timing.applyMillis();
				System.out.printf("Run %d: %d rows read, %d kept; new %d, changed %d, unchanged %d; parse+stage+"
						+ "classify %d ms, apply %d ms (%d rows written); total %d ms = %,.0f kept rows/s%n", round,
						timing.rowsRead(), timing.rowsKept(), timing.countNew(), timing.countChanged(),
						timing.countUnchanged(), timing.parseMillis(), timing.applyMillis(), timing.rowsApplied(), total,
						timing.rowsKept() * 1000.0 / total);
				System.out.printf("Run %d: read models (search index, map) notified in %d ms, not counted above%n", round,
						timing.notifyMillis());
			}
			System.out.printf("Organisations: %d, history rows: %d%n",
					jdbc.queryForObject("select count(*) from organisation", Long.class),
					jdbc.queryForObject("select count(*) from organisation_change", Long.class));
		}
		finally {
			context.close();
		}
	}

	/** Official column lists (read from the register fixtures), one row per kept unit and establishment. */
	static void generate(Path unitsFile, Path etabsFile, int establishments, long seed) throws IOException {
		List<String> unitColumns = header("/registers/StockUniteLegale.csv");
		List<String> etabColumns = header("/registers/StockEtablissement.csv");
		List<String[]> communes = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(Path.of("../shared/data/derived/communes-30-gard-cog2026.csv"))) {
			in.readLine();
			String line;
			while ((line = in.readLine()) != null) {
				String[] cells = line.split(",");
				communes.add(new String[] { cells[0], cells[2].split(" ")[0], cells[1].toUpperCase() });
			}
		}
		String[] categories = { "9220", "9220", "9220", "9220", "9220", "5458", "8210", "9300", "5560" };
		String[] nafs = { "88.99B", "94.99Z", "93.12Z", "85.59A", "90.01Z", "87.30A", "01.13Z", "56.10A" };
		String[] streets = { "DE LA REPUBLIQUE", "JEAN JAURES", "DES ARENES", "VICTOR HUGO", "GAMBETTA", "DES CAMISARDS" };
		Random random = new Random(seed);
		int unitCount = establishments / 2;
		try (Writer u = writer(unitsFile); Writer e = writer(etabsFile)) {
			u.write(String.join(",", unitColumns) + "\n");
			e.write(String.join(",", etabColumns) + "\n");
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < unitCount; i++) {
				String siren = siren(i);
				String category = categories[random.nextInt(categories.length)];
				row.clear();
				row.put("siren", siren);
				row.put("statutDiffusionUniteLegale", "O");
				row.put("dateCreationUniteLegale", (1950 + random.nextInt(70)) + "-0" + (1 + random.nextInt(9)) + "-1"
						+ random.nextInt(9));
				row.put("etatAdministratifUniteLegale", "A");
				row.put("denominationUniteLegale", "\"ORGANISATION " + i + ", DU GARD\"");
				row.put("sigleUniteLegale", random.nextInt(3) == 0 ? "ORG" + i : "");
				row.put("categorieJuridiqueUniteLegale", category);
				row.put("identifiantAssociationUniteLegale", category.equals("9220") ? "W30" + String.format("%07d", i) : "");
				row.put("activitePrincipaleUniteLegale", nafs[random.nextInt(nafs.length)]);
				row.put("nomenclatureActivitePrincipaleUniteLegale", "NAFRev2");
				row.put("trancheEffectifsUniteLegale", random.nextInt(2) == 0 ? "NN" : "11");
				row.put("economieSocialeSolidaireUniteLegale", "O");
				row.put("caractereEmployeurUniteLegale", "O");
				write(u, unitColumns, row);
				for (int k = 0; k < 2; k++) {
					String siret = withKey(siren + String.format("%04d", k + 1));
					String[] commune = communes.get(random.nextInt(communes.size()));
					row.clear();
					row.put("siren", siren);
					row.put("nic", siret.substring(9));
					row.put("siret", siret);
					row.put("statutDiffusionEtablissement", "O");
					row.put("dateCreationEtablissement", (1980 + random.nextInt(40)) + "-05-1" + random.nextInt(9));
					row.put("trancheEffectifsEtablissement", random.nextInt(2) == 0 ? "NN" : "03");
					row.put("etablissementSiege", k == 0 ? "true" : "false");
					row.put("numeroVoieEtablissement", String.valueOf(1 + random.nextInt(120)));
					row.put("typeVoieEtablissement", "RUE");
					row.put("libelleVoieEtablissement", streets[random.nextInt(streets.length)]);
					row.put("codePostalEtablissement", commune[1]);
					row.put("libelleCommuneEtablissement", "\"" + commune[2] + "\"");
					row.put("codeCommuneEtablissement", commune[0]);
					row.put("coordonneeLambertAbscisseEtablissement", (770_000 + random.nextInt(60_000)) + ".0");
					row.put("coordonneeLambertOrdonneeEtablissement", (6_300_000 + random.nextInt(60_000)) + ".0");
					row.put("etatAdministratifEtablissement", "A");
					row.put("enseigne1Etablissement", k == 0 ? "" : "ANTENNE " + i);
					row.put("activitePrincipaleEtablissement", nafs[random.nextInt(nafs.length)]);
					row.put("nomenclatureActivitePrincipaleEtablissement", "NAFRev2");
					row.put("caractereEmployeurEtablissement", "O");
					write(e, etabColumns, row);
				}
			}
		}
	}

	private static void write(Writer out, List<String> columns, Map<String, String> row) throws IOException {
		for (int c = 0; c < columns.size(); c++) {
			if (c > 0) {
				out.write(',');
			}
			String v = row.get(columns.get(c));
			if (v != null) {
				out.write(v);
			}
		}
		out.write('\n');
	}

	private static List<String> header(String resource) throws IOException {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(
				SireneImportBench.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
			return List.of(in.readLine().split(","));
		}
	}

	private static Writer writer(Path file) throws IOException {
		return new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
	}

	static String siren(int i) {
		return withKey(String.format("%08d", 20_000_000 + i));
	}

	private static String withKey(String body) {
		for (int k = 0; k < 10; k++) {
			String s = body + k;
			int sum = 0;
			for (int i = 0; i < s.length(); i++) {
				int d = s.charAt(s.length() - 1 - i) - '0';
				if (i % 2 == 1) {
					d = d * 2 > 9 ? d * 2 - 9 : d * 2;
				}
				sum += d;
			}
			if (sum % 10 == 0) {
				return s;
			}
		}
		throw new IllegalStateException();
	}

}
