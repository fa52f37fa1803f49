package org.gide.territory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.support.IntegrationTest;
import org.gide.territory.internal.CogImporter;
import org.gide.territory.internal.ContourImporter;
import org.gide.territory.internal.ImportException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CogImportTest extends IntegrationTest {

	static final Path SHARED = Path.of("../shared/data/decoupage-administratif");

	static final String SHARED_FOLDER = "file:" + SHARED + "/";

	@Autowired
	CogImporter importer;

	@Autowired
	ContourImporter contours;

	@Autowired
	Communes communes;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void backToThePackagedCog() {
		importer.importCog(true);
	}

	@Test
	void importsThe350CommunesAnd17EpciOfTheGardFromTheSharedExtract() {
		CogImporter.Result result = importer.importFrom(SHARED_FOLDER, true);

		assertThat(result.communes()).isEqualTo(350);
		assertThat(result.epcis()).isEqualTo(17);
		assertThat(count("select count(*) from commune where active and departement = '30'")).isEqualTo(350);
		assertThat(count("select count(*) from epci where active")).isEqualTo(17);
	}

	@Test
	void importsTheSameFromThePackagedNationalCogAndRecordsIt() {
		CogImporter.Result result = importer.importCog(true);

		assertThat(result.communes()).isEqualTo(350);
		assertThat(result.epcis()).isEqualTo(17);
		assertThat(result.source()).isEqualTo("classpath:reference/cog/");
		Map<String, Object> recorded = jdbc.queryForMap("select * from territory_import where kind = 'COG' "
				+ "order by id desc limit 1");
		assertThat(recorded).containsEntry("communes", 350).containsEntry("epcis", 17)
			.containsEntry("hash", result.hash()).containsEntry("departement", "30")
			.containsEntry("version", "@etalab/decoupage-administratif@6.0.0");
	}

	@Test
	void keepsTheDeleguatedCommunesOutButSearchableUnderTheirChefLieu() {
		importer.importFrom(SHARED_FOLDER, true);

		assertThat(communes.find("30094")).isEmpty();
		assertThat(communes.search("corbes", 5)).extracting(Commune::code).containsExactly("30329");
	}

	@Test
	void countsMembersOfTheFourEpciThatStraddleAnotherDepartement() {
		importer.importCog(true);

		Map<String, Integer> outside = jdbc.query("select code, communes_hors_departement from epci "
				+ "where communes_hors_departement > 0", rs -> {
					Map<String, Integer> map = new java.util.TreeMap<>();
					while (rs.next()) {
						map.put(rs.getString(1), rs.getInt(2));
					}
					return map;
				});
		// CC de Cèze Cévennes, CC Mont Lozère, CC des Cévennes Gangeoises et Suménoises, CA du Grand Avignon.
		assertThat(outside).containsOnly(Map.entry("200035129", 1), Map.entry("200069128", 19),
				Map.entry("243400736", 9), Map.entry("248400251", 9));
		assertThat(count("select communes_departement from epci where code = '200066918'")).isEqualTo(71);
		assertThat(count("select sum(communes_departement) from epci")).isEqualTo(350);
	}

	@Test
	void reimportIsIdempotentAndSkipsAnUnchangedSource() {
		importer.importCog(true);
		CogImporter.Result again = importer.importCog(false);

		assertThat(again.skipped()).isTrue();
		assertThat(importer.importCog(true).communes()).isEqualTo(350);
		assertThat(count("select count(*) from commune")).isEqualTo(350);
		assertThat(count("select count(*) from epci")).isEqualTo(17);
	}

	@Test
	void reimportUpdatesAChangedNameAndMarksADisappearedCommuneInactive(@TempDir Path folder) throws IOException {
		String communesJson = Files.readString(SHARED.resolve("communes-30.json"))
			.replace("\"nom\": \"Aigaliers\"", "\"nom\": \"Aigaliers-le-Neuf\"")
			.replace("\"nom\":\"Aigaliers\"", "\"nom\":\"Aigaliers-le-Neuf\"");
		// Drops Aigremont (30002) from the list, as a merger would.
		communesJson = communesJson.replaceFirst("\\{[^{}]*\"code\":\\s*\"30002\"[^{}]*\\},?", "");
		Files.writeString(folder.resolve("communes-30.json"), communesJson);
		Files.copy(SHARED.resolve("epci-30.json"), folder.resolve("epci-30.json"));

		CogImporter.Result result = importer.importFrom(folder.toUri().toString(), false);

		assertThat(result.communes()).isEqualTo(349);
		assertThat(result.inactivated()).isEqualTo(1);
		assertThat(communes.find("30001")).map(Commune::nom).contains("Aigaliers-le-Neuf");
		assertThat(communes.find("30002")).map(Commune::active).contains(false);
		assertThat(communes.search("aigremont", 5)).isEmpty();
		assertThat(count("select count(*) from commune")).isEqualTo(350);

		importer.importCog(false);
		assertThat(communes.find("30001")).map(Commune::nom).contains("Aigaliers");
		assertThat(communes.find("30002")).map(Commune::active).contains(true);
	}

	@Test
	void importsFromAnHttpBaseUrlTryingTheDepartementExtractAfterTheNationalFile() throws IOException {
		com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer
			.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
		List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
		server.createContext("/cog/", exchange -> {
			String name = exchange.getRequestURI().getPath().substring("/cog/".length());
			requested.add(name);
			Path file = SHARED.resolve(name);
			byte[] body = Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
			exchange.sendResponseHeaders(body.length > 0 ? 200 : 404, body.length > 0 ? body.length : -1);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		try {
			CogImporter.Result result = importer
				.importFrom("http://127.0.0.1:" + server.getAddress().getPort() + "/cog", true);

			assertThat(result.communes()).isEqualTo(350);
			assertThat(result.epcis()).isEqualTo(17);
			assertThat(requested).containsSubsequence("communes.json", "communes-30.json", "epci.json", "epci-30.json");
		}
		finally {
			server.stop(0);
		}
	}

	@Test
	void aMissingSourceFailsClearlyAndChangesNothing(@TempDir Path folder) {
		int before = count("select count(*) from territory_import");

		assertThatThrownBy(() -> importer.importFrom(folder.toUri().toString(), true))
			.isInstanceOf(ImportException.class)
			.hasMessageContaining("communes.json")
			.hasMessageContaining("communes-30.json");
		assertThat(count("select count(*) from territory_import")).isEqualTo(before);
		assertThat(count("select count(*) from commune where active")).isEqualTo(350);
	}

	@Test
	void anInvalidSourceFailsClearlyAndChangesNothing(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("communes.json"), Files.readString(SHARED.resolve("communes-30.json"))
			.replace("Aigaliers", "Aigaliers-modifié").substring(0, 5000));
		Files.copy(SHARED.resolve("epci-30.json"), folder.resolve("epci.json"));
		int before = count("select count(*) from territory_import");

		assertThatThrownBy(() -> importer.importFrom(folder.toUri().toString(), true))
			.isInstanceOf(ImportException.class)
			.hasMessageContaining("JSON invalide");
		assertThat(communes.find("30001")).map(Commune::nom).contains("Aigaliers");
		assertThat(count("select count(*) from territory_import")).isEqualTo(before);
	}

	@Test
	void aSourceWithoutCommunesOfTheDepartementIsRefused(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("communes.json"), "[{\"code\":\"34172\",\"nom\":\"Montpellier\","
				+ "\"departement\":\"34\",\"type\":\"commune-actuelle\"}]");
		Files.writeString(folder.resolve("epci.json"), "[]");

		assertThatThrownBy(() -> importer.importFrom(folder.toUri().toString(), true))
			.isInstanceOf(ImportException.class)
			.hasMessageContaining("Aucune commune du département 30");
		assertThat(count("select count(*) from commune where active")).isEqualTo(350);
	}

	@Test
	void contoursGiveEveryCommuneACentreInsideTheGard() {
		contours.importFrom("file:../shared/data/derived/communes-30-gard-cog2026.geojson", true);

		List<Map<String, Object>> centres = jdbc.queryForList("select code, centre_lat, centre_lon from commune "
				+ "where active and contour is not null");
		assertThat(centres).hasSize(350).allSatisfy(row -> {
			assertThat((Double) row.get("centre_lat")).isBetween(43.45, 44.47);
			assertThat((Double) row.get("centre_lon")).isBetween(3.26, 4.85);
		});
		Commune ales = communes.find("30007").orElseThrow();
		assertThat(ales.centreLat()).isCloseTo(44.12, within(0.03));
		assertThat(ales.centreLon()).isCloseTo(4.08, within(0.03));
	}

	@Test
	void contourFeaturesOfFormerCommunesAreReportedNotFatal() {
		ContourImporter.Result result = contours
			.importFrom("file:../shared/data/france-geojson/communes-30-gard.geojson", false)
			.orElseThrow();

		assertThat(result.ignored()).containsExactlyInAnyOrder("30094", "30157", "30190");
		assertThat(count("select count(*) from commune where active and contour is not null")).isEqualTo(350);
	}

	@Test
	void startupImportedTheConfiguredContours() {
		Map<String, Object> first = jdbc.queryForMap("select source, communes from territory_import "
				+ "where kind = 'CONTOURS' order by id limit 1");
		assertThat(first).containsEntry("source", "file:../shared/data/derived/communes-30-gard-cog2026.geojson")
			.containsEntry("communes", 350);
		assertThat(contours.importContours(false)).as("nothing left to import").isEmpty();
	}

	@Test
	void aMissingContourSourceIsSkipped() {
		assertThat(contours.importFrom("file:../shared/data/nulle-part.geojson", false)).isEmpty();
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
