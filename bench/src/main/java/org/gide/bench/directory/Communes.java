package org.gide.bench.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The communes organisations are spread over, with a centre, a population (the weight), an EPCI, an arrondissement
 * (for RNA numbers) and the territory slug when the platform has one.
 */
final class Communes {

	record Commune(String code, String name, String postalCode, int population, double lat, double lon, String epci,
			String arrondissement, String departement, String territory, boolean realCentre) {
	}

	private Communes() {
	}

	/**
	 * The communes of the platform's own département, from its territory tables (imported at its first start):
	 * centres from the outlines, EPCI, territory slugs.
	 */
	static List<Commune> fromDatabase(Connection connection) throws SQLException {
		List<Commune> communes = new ArrayList<>();
		String sql = """
				select c.code, c.nom, c.codes_postaux, coalesce(c.population, 0), c.centre_lat, c.centre_lon, c.epci_code,
				       c.arrondissement, c.departement, t.slug
				from commune c
				left join commune_territory ct on ct.commune_code = c.code
				left join territory t on t.id = ct.territory_id
				where c.centre_lat is not null
				order by c.code""";
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				String postcodes = rs.getString(3);
				String postcode = postcodes == null || postcodes.isBlank() ? null : postcodes.strip().split("\\s+")[0];
				communes.add(new Commune(rs.getString(1), rs.getString(2), postcode, rs.getInt(4), rs.getDouble(5),
						rs.getDouble(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), true));
			}
		}
		return communes;
	}

	/** The Gard communes of the shared derived CSV (COG 2026 with centroids): used when the database has none. */
	static List<Commune> fromGardCsv(Path csv) throws IOException {
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		List<String> header = List.of(lines.get(0).split(","));
		List<Commune> communes = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			List<String> cells = splitCsv(line);
			String postcodes = cells.get(header.indexOf("codes_postaux"));
			communes.add(new Commune(cells.get(header.indexOf("code_insee")), cells.get(header.indexOf("nom")),
					postcodes.split("[ |;]")[0], Integer.parseInt(cells.get(header.indexOf("population"))),
					Double.parseDouble(cells.get(header.indexOf("centroid_lat"))),
					Double.parseDouble(cells.get(header.indexOf("centroid_lon"))), cells.get(header.indexOf("siren_epci")),
					cells.get(header.indexOf("arrondissement")), "30", null, true));
		}
		return communes;
	}

	private static List<String> splitCsv(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	/**
	 * Every current commune of France from Etalab's COG package ({@code communes.json}, {@code epci.json}), which has
	 * no coordinates: communes with a known centre ({@code known}, e.g. the Gard's from the platform) keep it; the
	 * others get a point drawn deterministically (from their code) around their département's approximate centre,
	 * within its approximate radius. Good enough to give maps and distance filters a realistic density, not a real
	 * geography.
	 */
	static List<Commune> fromCog(Path cogDirectory, Map<String, Commune> known) throws IOException {
		ObjectMapper json = new ObjectMapper();
		Map<String, String> epciOf = new HashMap<>();
		for (JsonNode epci : json.readTree(cogDirectory.resolve("epci.json").toFile())) {
			for (JsonNode member : epci.path("membres")) {
				epciOf.put(member.path("code").asText(), epci.path("code").asText());
			}
		}
		List<Commune> communes = new ArrayList<>();
		int missingCentre = 0;
		for (JsonNode node : json.readTree(cogDirectory.resolve("communes.json").toFile())) {
			if (!"commune-actuelle".equals(node.path("type").asText())) {
				continue;
			}
			String code = node.path("code").asText();
			String departement = node.path("departement").asText();
			Commune real = known.get(code);
			if (real != null) {
				communes.add(real);
				continue;
			}
			double[] centre = DEPARTEMENT_CENTRES.get(departement);
			if (centre == null) {
				missingCentre++;
				continue; // collectivités d'outre-mer outside the COG's départements: none in practice
			}
			SplittableRandom random = new SplittableRandom(code.hashCode() * 0x9E3779B97F4A7C15L);
			double angle = random.nextDouble() * 2 * Math.PI;
			double distance = centre[2] * Math.sqrt(random.nextDouble());
			double lat = centre[0] + distance * Math.sin(angle);
			double lon = centre[1] + distance * Math.cos(angle) / Math.cos(Math.toRadians(centre[0]));
			JsonNode postcodes = node.path("codesPostaux");
			communes.add(new Commune(code, node.path("nom").asText(),
					postcodes.isArray() && postcodes.size() > 0 ? postcodes.get(0).asText() : null,
					node.path("population").asInt(0), round(lat), round(lon), epciOf.get(code),
					node.path("arrondissement").asText(null), departement, null, false));
		}
		if (missingCentre > 0) {
			System.err.println("[generator] " + missingCentre + " communes left out: no centre for their département");
		}
		return communes;
	}

	private static double round(double degrees) {
		return Math.round(degrees * 100_000) / 100_000.0;
	}

	/**
	 * Approximate centre (latitude, longitude, degrees) and radius (degrees of latitude) of each département, from
	 * their prefectures and sizes: a documented approximation (docs/performance.md), used only where the COG package
	 * gives no coordinates.
	 */
	static final Map<String, double[]> DEPARTEMENT_CENTRES = Map.ofEntries(Map.entry("01", c(46.10, 5.35, .38)),
			Map.entry("02", c(49.55, 3.55, .40)), Map.entry("03", c(46.40, 3.20, .38)), Map.entry("04", c(44.10, 6.25, .40)),
			Map.entry("05", c(44.65, 6.30, .35)), Map.entry("06", c(43.95, 7.15, .30)), Map.entry("07", c(44.75, 4.45, .35)),
			Map.entry("08", c(49.60, 4.65, .32)), Map.entry("09", c(42.95, 1.50, .32)), Map.entry("10", c(48.30, 4.10, .35)),
			Map.entry("11", c(43.10, 2.40, .38)), Map.entry("12", c(44.30, 2.65, .45)), Map.entry("13", c(43.50, 5.10, .30)),
			Map.entry("14", c(49.10, -0.35, .33)), Map.entry("15", c(45.05, 2.65, .33)), Map.entry("16", c(45.70, 0.20, .35)),
			Map.entry("17", c(45.75, -0.70, .42)), Map.entry("18", c(47.05, 2.45, .42)), Map.entry("19", c(45.35, 1.85, .35)),
			Map.entry("21", c(47.40, 4.75, .45)), Map.entry("22", c(48.40, -2.85, .38)), Map.entry("23", c(46.05, 2.00, .32)),
			Map.entry("24", c(45.15, 0.75, .45)), Map.entry("25", c(47.15, 6.35, .35)), Map.entry("26", c(44.70, 5.15, .40)),
			Map.entry("27", c(49.10, 1.00, .38)), Map.entry("28", c(48.40, 1.35, .38)), Map.entry("29", c(48.25, -4.05, .40)),
			Map.entry("2A", c(41.85, 8.95, .30)), Map.entry("2B", c(42.40, 9.20, .35)), Map.entry("30", c(44.00, 4.20, .40)),
			Map.entry("31", c(43.35, 1.20, .45)), Map.entry("32", c(43.70, 0.45, .35)), Map.entry("33", c(44.85, -0.55, .50)),
			Map.entry("34", c(43.60, 3.45, .38)), Map.entry("35", c(48.15, -1.65, .38)), Map.entry("36", c(46.75, 1.55, .38)),
			Map.entry("37", c(47.25, 0.70, .35)), Map.entry("38", c(45.25, 5.60, .45)), Map.entry("39", c(46.70, 5.70, .38)),
			Map.entry("40", c(43.95, -0.75, .45)), Map.entry("41", c(47.60, 1.40, .38)), Map.entry("42", c(45.70, 4.20, .38)),
			Map.entry("43", c(45.10, 3.80, .33)), Map.entry("44", c(47.35, -1.70, .40)), Map.entry("45", c(47.90, 2.30, .38)),
			Map.entry("46", c(44.60, 1.60, .33)), Map.entry("47", c(44.35, 0.45, .35)), Map.entry("48", c(44.50, 3.50, .30)),
			Map.entry("49", c(47.40, -0.55, .40)), Map.entry("50", c(49.10, -1.30, .42)), Map.entry("51", c(48.95, 4.25, .45)),
			Map.entry("52", c(48.10, 5.20, .38)), Map.entry("53", c(48.15, -0.65, .33)), Map.entry("54", c(48.80, 6.15, .40)),
			Map.entry("55", c(48.95, 5.35, .40)), Map.entry("56", c(47.85, -2.80, .40)), Map.entry("57", c(49.05, 6.65, .40)),
			Map.entry("58", c(47.10, 3.50, .40)), Map.entry("59", c(50.45, 3.25, .42)), Map.entry("60", c(49.40, 2.45, .38)),
			Map.entry("61", c(48.60, 0.10, .38)), Map.entry("62", c(50.50, 2.30, .40)), Map.entry("63", c(45.70, 3.15, .42)),
			Map.entry("64", c(43.25, -0.75, .45)), Map.entry("65", c(43.05, 0.15, .33)), Map.entry("66", c(42.60, 2.50, .30)),
			Map.entry("67", c(48.65, 7.55, .40)), Map.entry("68", c(47.85, 7.25, .30)), Map.entry("69", c(45.85, 4.65, .30)),
			Map.entry("70", c(47.65, 6.10, .35)), Map.entry("71", c(46.65, 4.55, .45)), Map.entry("72", c(47.95, 0.20, .38)),
			Map.entry("73", c(45.50, 6.40, .38)), Map.entry("74", c(46.05, 6.40, .33)), Map.entry("75", c(48.857, 2.35, .05)),
			Map.entry("76", c(49.65, 1.00, .40)), Map.entry("77", c(48.60, 2.95, .42)), Map.entry("78", c(48.80, 1.85, .25)),
			Map.entry("79", c(46.55, -0.35, .40)), Map.entry("80", c(49.95, 2.30, .38)), Map.entry("81", c(43.80, 2.15, .35)),
			Map.entry("82", c(44.05, 1.30, .30)), Map.entry("83", c(43.45, 6.20, .38)), Map.entry("84", c(44.00, 5.15, .28)),
			Map.entry("85", c(46.65, -1.30, .40)), Map.entry("86", c(46.55, 0.45, .42)), Map.entry("87", c(45.90, 1.25, .35)),
			Map.entry("88", c(48.20, 6.40, .38)), Map.entry("89", c(47.85, 3.55, .40)), Map.entry("90", c(47.63, 6.90, .10)),
			Map.entry("91", c(48.52, 2.25, .20)), Map.entry("92", c(48.84, 2.24, .07)), Map.entry("93", c(48.91, 2.48, .07)),
			Map.entry("94", c(48.78, 2.47, .07)), Map.entry("95", c(49.07, 2.15, .18)), Map.entry("971", c(16.20, -61.55, .20)),
			Map.entry("972", c(14.65, -61.02, .13)), Map.entry("973", c(4.50, -53.00, .90)), Map.entry("974", c(-21.13, 55.53, .20)),
			Map.entry("976", c(-12.82, 45.15, .08)));

	private static double[] c(double lat, double lon, double radius) {
		return new double[] { lat, lon, radius };
	}

}
