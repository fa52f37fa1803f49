package org.gide.directory.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real rows for the route matrix's import and duplicate pages: an applied RNA run with its report, a CSV run waiting
 * for its column mapping, and a pair of look-alike organisations. Created once per test database.
 */
public final class ImportRoutePlaceholders {

	private ImportRoutePlaceholders() {
	}

	public static synchronized Map<String, String> values(JdbcTemplate jdbc) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("importRun", String.valueOf(run(jdbc, "RNA", "APPLIED", "rna_waldec.csv", null)));
		values.put("csvRun", String.valueOf(run(jdbc, "CSV", "UPLOADED", "liste.csv", "imports/liste-siae-gard.csv")));
		values.put("duplicateA", String.valueOf(organisation(jdbc, "Épicerie solidaire du Chemin Bas")));
		values.put("duplicateB", String.valueOf(organisation(jdbc, "Epicerie solidaire Chemin Bas")));
		return values;
	}

	private static long run(JdbcTemplate jdbc, String kind, String state, String fileName, String fixture) {
		String label = "Import " + kind + " de la matrice des routes";
		Long id = jdbc.query("select id from import_run where label = ? order by id limit 1",
				rs -> rs.next() ? rs.getLong(1) : null, label);
		return id != null ? id : create(jdbc, kind, state, fileName, fixture, label);
	}

	private static long create(JdbcTemplate jdbc, String kind, String state, String fileName, String fixture,
			String label) {
		try {
			Path dir = Files.createTempDirectory("gide-import-matrix-");
			if (fixture != null) {
				Files.copy(ImportFixtures.file(fixture), dir.resolve(fileName));
			}
			else {
				Files.writeString(dir.resolve(fileName), "id;titre;position;adrs_codeinsee\r\n");
			}
			Files.writeString(dir.resolve("rapport.csv"), "\uFEFFfichier;ligne;decision;motif;extrait\r\n");
			return jdbc.queryForObject("insert into import_run (kind, state, label, file_names, work_dir, parse_millis) "
					+ "values (?, ?, ?, ?, ?, ?) returning id", Long.class, kind, state, label, fileName, dir.toString(),
					"APPLIED".equals(state) ? 1L : null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long organisation(JdbcTemplate jdbc, String name) {
		Long id = jdbc.query("select id from organisation where name = ? limit 1", rs -> rs.next() ? rs.getLong(1) : null,
				name);
		if (id != null) {
			return id;
		}
		return jdbc.queryForObject("insert into organisation (name, ess_family, sector, source, commune_code, version) "
				+ "values (?, 'ASSOCIATION', 'NON_CLASSE', 'MANUAL', '30189', 0) returning id", Long.class, name);
	}

}
