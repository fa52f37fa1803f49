package org.gide.bench.directory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gide.bench.directory.Communes.Commune;
import org.gide.bench.directory.OrganisationGenerator.Organisation;
import org.postgresql.PGConnection;

/**
 * Writes a deterministic, realistic dataset of ESS organisations into a Gide database's {@code organisation} table
 * with PostgreSQL COPY, then ANALYZE, then checks it; also writes the Gatling feeders of the directory simulations.
 * The table must exist (the platform has started once on that database: Flyway and the territory import ran).
 *
 * <pre>
 * ./mvnw -q -f bench/pom.xml compile exec:java -Dexec.args="--scale gard --jdbc jdbc:postgresql://localhost:55432/gide"
 * </pre>
 *
 * Options: {@code --scale gard|national} (25,000 over the Gard's communes / 1,500,000 over all of France's),
 * {@code --count N}, {@code --seed S} (default 42), {@code --jdbc URL --user U --password P}, {@code --out DIR}
 * (feeders; default bench/target/directory-data/SCALE), {@code --repo DIR} (the Gide checkout; default: found from
 * the working folder), {@code --cog DIR} (COG package data for national; default target/classes/reference/cog),
 * {@code --gard-csv FILE} (when the database has no communes), {@code --verify-only}, {@code --no-verify}.
 * Existing organisations are deleted (TRUNCATE … CASCADE).
 */
public final class DatasetGenerator {

	private DatasetGenerator() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = parse(args);
		String scale = options.getOrDefault("scale", "gard");
		boolean national = switch (scale) {
			case "gard" -> false;
			case "national" -> true;
			default -> throw new IllegalArgumentException("--scale gard|national, not " + scale);
		};
		long count = Long.parseLong(options.getOrDefault("count", national ? "1500000" : "25000"));
		long seed = Long.parseLong(options.getOrDefault("seed", "42"));
		Path repo = options.containsKey("repo") ? Path.of(options.get("repo")) : findRepo();
		Path out = Path.of(options.getOrDefault("out", repo.resolve("bench/target/directory-data/" + scale).toString()));
		Mappings mappings = Mappings.read(repo.resolve("src/main/resources/directory"));
		String url = options.getOrDefault("jdbc", "jdbc:postgresql://localhost:55432/gide");

		try (Connection connection = DriverManager.getConnection(url, options.getOrDefault("user", "gide"),
				options.getOrDefault("password", "gide"))) {
			if (options.containsKey("verify-only")) {
				System.exit(report(new DatasetVerifier(connection, mappings).verify(count)));
			}
			List<Commune> communes = communes(connection, repo, options, national);
			System.out.printf(Locale.ROOT, "[generator] %s scale: %,d organisations over %,d communes, seed %d%n", scale,
					count, communes.size(), seed);

			Map<String, Object> figures = new LinkedHashMap<>();
			List<Long> sampleIds = load(connection, new OrganisationGenerator(seed, communes, mappings), count, figures);

			Files.createDirectories(out);
			OrganisationGenerator picker = new OrganisationGenerator(seed + 303, communes, mappings);
			Feeders.writeSearchQueries(out.resolve("search-queries.csv"), seed, Feeders.vocabulary(mappings), communes,
					picker, 2000, national);
			Feeders.writeViewports(out.resolve("viewports.csv"), seed, picker, 1200, national);
			Feeders.writeIds(out.resolve("organisation-ids.csv"), sampleIds);
			figures.put("scale", scale);
			figures.put("seed", seed);
			figures.put("communes", communes.size());
			try (Writer writer = Files.newBufferedWriter(out.resolve("dataset.properties"), StandardCharsets.UTF_8)) {
				for (Map.Entry<String, Object> figure : figures.entrySet()) {
					writer.write(figure.getKey() + "=" + figure.getValue() + "\n");
				}
			}
			System.out.println("[generator] feeders written to " + out);
			if (!options.containsKey("no-verify")) {
				System.exit(report(new DatasetVerifier(connection, mappings).verify(count)));
			}
		}
	}

	/** TRUNCATE, drop the plain indexes, COPY, rebuild them, set the id sequence, ANALYZE; one transaction. */
	static List<Long> load(Connection connection, OrganisationGenerator generator, long count, Map<String, Object> figures)
			throws SQLException {
		List<Long> sample = new ArrayList<>();
		long step = Math.max(1, count / 600);
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("set local maintenance_work_mem = '256MB'");
			statement.execute("set local synchronous_commit = off");
			statement.execute("truncate organisation restart identity cascade");
			Map<String, String> indexes = new LinkedHashMap<>();
			try (ResultSet rs = statement.executeQuery("""
					select indexname, indexdef from pg_indexes
					where schemaname = current_schema() and tablename = 'organisation'
					  and indexname not in (select conname from pg_constraint where conrelid = 'organisation'::regclass)""")) {
				while (rs.next()) {
					indexes.put(rs.getString(1), rs.getString(2));
				}
			}
			for (String index : indexes.keySet()) {
				statement.execute("drop index \"" + index + "\"");
			}
			long start = System.nanoTime();
			CopyWriter writer = new CopyWriter(connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("copy organisation (" + CopyWriter.COLUMNS + ") from stdin"));
			for (long i = 0; i < count; i++) {
				Organisation organisation = generator.next();
				writer.write(organisation);
				if (organisation.id() % step == 0 && organisation.active() && sample.size() < 500) {
					sample.add(organisation.id());
				}
				if ((i + 1) % 250_000 == 0) {
					System.out.printf(Locale.ROOT, "[generator] %,d rows copied (%.1f s)%n", i + 1, seconds(start));
				}
			}
			long copied = writer.finish();
			double copySeconds = seconds(start);
			long indexStart = System.nanoTime();
			for (String definition : indexes.values()) {
				statement.execute(definition);
			}
			double indexSeconds = seconds(indexStart);
			statement.execute("select setval(pg_get_serial_sequence('organisation', 'id'), " + count + ")");
			connection.commit();
			connection.setAutoCommit(true);
			long analyzeStart = System.nanoTime();
			statement.execute("analyze organisation");
			double analyzeSeconds = seconds(analyzeStart);
			long tableBytes = single(statement, "select pg_total_relation_size('organisation')");
			long databaseBytes = single(statement, "select pg_database_size(current_database())");
			System.out.printf(Locale.ROOT,
					"[generator] COPY of %,d rows: %.1f s (%,.0f rows/s, generation included); %d indexes rebuilt: %.1f s;"
							+ " ANALYZE: %.1f s%n[generator] organisation table %s with indexes, database %s%n",
					copied, copySeconds, copied / copySeconds, indexes.size(), indexSeconds, analyzeSeconds,
					size(tableBytes), size(databaseBytes));
			figures.put("count", copied);
			figures.put("copy.seconds", String.format(Locale.ROOT, "%.1f", copySeconds));
			figures.put("index.seconds", String.format(Locale.ROOT, "%.1f", indexSeconds));
			figures.put("analyze.seconds", String.format(Locale.ROOT, "%.1f", analyzeSeconds));
			figures.put("table.bytes", tableBytes);
			figures.put("database.bytes", databaseBytes);
		}
		catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		}
		return sample;
	}

	private static List<Commune> communes(Connection connection, Path repo, Map<String, String> options, boolean national)
			throws SQLException, IOException {
		List<Commune> local = Communes.fromDatabase(connection);
		if (local.isEmpty()) {
			Path csv = Path.of(options.getOrDefault("gard-csv",
					repo.resolve("../shared/data/derived/communes-30-gard-cog2026.csv").toString()));
			System.out.println("[generator] no commune with a centre in the database; reading " + csv);
			local = Communes.fromGardCsv(csv);
		}
		else {
			System.out.printf(Locale.ROOT, "[generator] %d communes with centres from the platform's territory tables%n",
					local.size());
		}
		if (!national) {
			return local;
		}
		Path cog = Path.of(options.getOrDefault("cog", repo.resolve("target/classes/reference/cog").toString()));
		if (!Files.exists(cog.resolve("communes.json"))) {
			throw new IOException(cog + "/communes.json missing: build the platform once (./mvnw -q process-resources"
					+ " fetches the COG package) or pass --cog DIR");
		}
		Map<String, Commune> known = new HashMap<>();
		local.forEach(c -> known.put(c.code(), c));
		return Communes.fromCog(cog, known);
	}

	private static Path findRepo() {
		Path here = Path.of("").toAbsolutePath();
		for (Path dir = here; dir != null; dir = dir.getParent()) {
			if (Files.exists(dir.resolve("bench/pom.xml")) && Files.exists(dir.resolve("src/main/resources/directory"))) {
				return dir;
			}
		}
		throw new IllegalStateException("Run from the Gide checkout, or pass --repo DIR");
	}

	private static int report(List<String> failures) {
		if (failures.isEmpty()) {
			System.out.println("[verify] OK");
			return 0;
		}
		failures.forEach(failure -> System.out.println("[verify] FAILED: " + failure));
		return 1;
	}

	private static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.length; i++) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("Unexpected argument " + args[i]);
			}
			String name = args[i].substring(2);
			if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
				options.put(name, args[++i]);
			}
			else {
				options.put(name, "true");
			}
		}
		return options;
	}

	private static long single(Statement statement, String sql) throws SQLException {
		try (ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static String size(long bytes) {
		return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
	}

}
