package org.gide.directory.geocoding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.gide.directory.AddressGeocoder;
import org.gide.directory.GeoPrecision;
import org.gide.territory.Commune;
import org.gide.territory.Communes;

/**
 * {@link AddressGeocoder} over an addok-compatible address API (the BAN on the IGN Géoplateforme by default): one
 * {@code GET /search} per address for a few, a {@code POST /search/csv} per batch for many. Accepted answers are
 * cached in the database. An answer is accepted when its score reaches {@code min-score}, it lies in the commune
 * asked for, and it is a street number ({@link GeoPrecision#ADDRESS}) or a street or named place
 * ({@link GeoPrecision#STREET}); a commune-level answer adds nothing to the commune's centre, which is the fallback.
 * After a failure the service is left alone for {@code pause-after-failure}, so a form never waits on a dead service
 * twice in a row.
 */
@Service
class BanGeocoder implements AddressGeocoder {

	private static final Logger log = LoggerFactory.getLogger(BanGeocoder.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GeocodingProperties properties;

	private final Communes communes;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final HttpClient http;

	private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);

	BanGeocoder(GeocodingProperties properties, Communes communes, JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		this.properties = properties;
		this.communes = communes;
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	@Override
	public Located locate(Address address) {
		return locateAll(List.of(address)).get(0);
	}

	@Override
	public List<Located> locateAll(List<Address> addresses) {
		Located[] results = new Located[addresses.size()];
		Map<String, List<Integer>> toAsk = new LinkedHashMap<>();
		for (int i = 0; i < addresses.size(); i++) {
			Address address = addresses.get(i);
			if (address.street() == null || address.street().isBlank()) {
				results[i] = fallback(address);
			}
			else {
				toAsk.computeIfAbsent(key(address), k -> new ArrayList<>()).add(i);
			}
		}
		if (!toAsk.isEmpty()) {
			Map<String, Located> known = cached(toAsk.keySet());
			Map<String, Address> missing = new LinkedHashMap<>();
			toAsk.forEach((key, indexes) -> {
				if (!known.containsKey(key)) {
					missing.put(key, addresses.get(indexes.get(0)));
				}
			});
			if (!missing.isEmpty() && available()) {
				Map<String, Located> answers = missing.size() >= properties.batchFrom() ? askInBatches(missing)
						: askOneByOne(missing);
				remember(answers);
				known.putAll(answers);
			}
			toAsk.forEach((key, indexes) -> {
				Located located = known.get(key);
				for (int i : indexes) {
					results[i] = located != null ? located : fallback(addresses.get(i));
				}
			});
		}
		return List.of(results);
	}

	/** The commune's centre, or nothing known. */
	private Located fallback(Address address) {
		if (address.communeCode() == null || address.communeCode().isBlank()) {
			return Located.unknown();
		}
		Optional<Commune> commune = communes.find(address.communeCode().strip());
		if (commune.isEmpty() || commune.get().centreLat() == null) {
			return Located.unknown();
		}
		return new Located(commune.get().centreLat(), commune.get().centreLon(), GeoPrecision.COMMUNE_CENTROID,
				commune.get().nom(), null, false);
	}

	private boolean available() {
		return properties.enabled() && clock.instant().isAfter(pausedUntil.get());
	}

	private void pause(String why) {
		Instant until = clock.instant().plus(properties.pauseAfterFailure());
		Instant before = pausedUntil.getAndSet(until);
		if (!clock.instant().isBefore(before)) {
			log.warn("Address service {} failed ({}): commune centres are used until {}", properties.url(), why,
					until);
		}
	}

	private Map<String, Located> askOneByOne(Map<String, Address> missing) {
		Map<String, Located> answers = new HashMap<>();
		for (Map.Entry<String, Address> entry : missing.entrySet()) {
			if (!available()) {
				break;
			}
			Address address = entry.getValue();
			StringBuilder uri = new StringBuilder(base()).append("search?q=")
				.append(URLEncoder.encode(address.text(), StandardCharsets.UTF_8))
				.append("&index=address&limit=1");
			if (address.communeCode() != null && !address.communeCode().isBlank()) {
				uri.append("&citycode=").append(address.communeCode().strip());
			}
			HttpRequest request = HttpRequest.newBuilder(URI.create(uri.toString()))
				.timeout(properties.timeout())
				.header("Accept", "application/json")
				.GET()
				.build();
			try {
				HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
				if (response.statusCode() != 200) {
					pause("HTTP " + response.statusCode());
					break;
				}
				JsonNode features = JSON.readTree(response.body()).path("features");
				if (features.isArray() && !features.isEmpty()) {
					JsonNode feature = features.get(0);
					JsonNode props = feature.path("properties");
					JsonNode coordinates = feature.path("geometry").path("coordinates");
					accept(address, coordinates.path(1).asDouble(Double.NaN), coordinates.path(0).asDouble(Double.NaN),
							props.path("score").asDouble(0), props.path("type").asString(""),
							props.path("citycode").asString(""), props.path("label").asString(null))
						.ifPresent(located -> answers.put(entry.getKey(), located));
				}
			}
			catch (IOException | JacksonException e) {
				pause(e.getClass().getSimpleName() + ": " + e.getMessage());
				break;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return answers;
	}

	private Map<String, Located> askInBatches(Map<String, Address> missing) {
		Map<String, Located> answers = new HashMap<>();
		List<Map.Entry<String, Address>> entries = new ArrayList<>(missing.entrySet());
		for (int from = 0; from < entries.size() && available(); from += properties.batchSize()) {
			List<Map.Entry<String, Address>> batch = entries.subList(from,
					Math.min(entries.size(), from + properties.batchSize()));
			try {
				answers.putAll(askBatch(batch));
			}
			catch (IOException e) {
				pause(e.getClass().getSimpleName() + ": " + e.getMessage());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return answers;
	}

	private Map<String, Located> askBatch(List<Map.Entry<String, Address>> batch)
			throws IOException, InterruptedException {
		StringBuilder csv = new StringBuilder("gide_id;adresse;code_insee\n");
		for (int i = 0; i < batch.size(); i++) {
			Address address = batch.get(i).getValue();
			csv.append(i).append(';').append(quote(address.text())).append(';')
				.append(address.communeCode() == null ? "" : address.communeCode().strip()).append('\n');
		}
		String boundary = "gide-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "columns", "adresse");
		part(body, boundary, "citycode", "code_insee");
		part(body, boundary, "indexes", "address");
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"adresses.csv\""
				+ "\r\nContent-Type: text/csv; charset=utf-8\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		Duration timeout = properties.timeout().multipliedBy(1 + (batch.size() + 999) / 1000);
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "search/csv"))
			.timeout(timeout)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() != 200) {
			throw new IOException("HTTP " + response.statusCode());
		}
		Map<String, Located> answers = new HashMap<>();
		List<List<String>> rows = CsvLines.parse(response.body());
		if (rows.isEmpty()) {
			return answers;
		}
		List<String> header = rows.get(0);
		int id = header.indexOf("gide_id");
		int lat = header.indexOf("latitude");
		int lon = header.indexOf("longitude");
		int score = header.indexOf("result_score");
		int type = header.indexOf("result_type");
		int city = header.indexOf("result_citycode");
		int label = header.indexOf("result_label");
		if (id < 0 || lat < 0 || lon < 0 || score < 0) {
			throw new IOException("unexpected batch answer columns " + header);
		}
		for (List<String> row : rows.subList(1, rows.size())) {
			try {
				int index = Integer.parseInt(cell(row, id));
				if (index < 0 || index >= batch.size() || cell(row, lat).isEmpty()) {
					continue;
				}
				Map.Entry<String, Address> entry = batch.get(index);
				accept(entry.getValue(), Double.parseDouble(cell(row, lat)), Double.parseDouble(cell(row, lon)),
						Double.parseDouble(cell(row, score)), cell(row, type), cell(row, city),
						label < 0 ? null : cell(row, label))
					.ifPresent(located -> answers.put(entry.getKey(), located));
			}
			catch (NumberFormatException e) {
				// A row the service could not place (empty score) or garbled: the commune's centre will do.
			}
		}
		return answers;
	}

	private Optional<Located> accept(Address asked, double latitude, double longitude, double score, String type,
			String citycode, String label) {
		if (Double.isNaN(latitude) || Double.isNaN(longitude) || score < properties.minScore()) {
			return Optional.empty();
		}
		if (asked.communeCode() != null && !asked.communeCode().isBlank()
				&& !asked.communeCode().strip().equals(citycode)) {
			return Optional.empty();
		}
		GeoPrecision precision = switch (type) {
			case "housenumber" -> GeoPrecision.ADDRESS;
			case "street", "locality" -> GeoPrecision.STREET;
			default -> null;
		};
		if (precision == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
			return Optional.empty();
		}
		return Optional.of(new Located(latitude, longitude, precision, label, score, true));
	}

	private Map<String, Located> cached(java.util.Collection<String> keys) {
		Map<String, Located> found = new HashMap<>();
		Instant oldest = clock.instant().minus(properties.cacheFor());
		jdbc.execute((java.sql.Connection connection) -> {
			Array array = connection.createArrayOf("text", keys.toArray());
			try (var statement = connection.prepareStatement("select query_key, latitude, longitude, precision, label,"
					+ " score from geocode_cache where query_key = any(?) and fetched_at >= ?")) {
				statement.setArray(1, array);
				statement.setTimestamp(2, java.sql.Timestamp.from(oldest));
				try (var rs = statement.executeQuery()) {
					while (rs.next()) {
						found.put(rs.getString(1), new Located(rs.getDouble(2), rs.getDouble(3),
								GeoPrecision.valueOf(rs.getString(4)), rs.getString(5), rs.getDouble(6), true));
					}
				}
			}
			return null;
		});
		return found;
	}

	private void remember(Map<String, Located> answers) {
		if (answers.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		answers.forEach((key, located) -> rows.add(new Object[] { key, located.latitude(), located.longitude(),
				located.precision().name(), located.label(), located.score() }));
		jdbc.batchUpdate("insert into geocode_cache (query_key, latitude, longitude, precision, label, score)"
				+ " values (?, ?, ?, ?, ?, ?) on conflict (query_key) do update set latitude = excluded.latitude,"
				+ " longitude = excluded.longitude, precision = excluded.precision, label = excluded.label,"
				+ " score = excluded.score, fetched_at = now()", rows);
	}

	/** Case, accents, punctuation and spacing do not make another address. */
	static String key(Address address) {
		String text = Normalizer.normalize(address.text(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
		return text + "|" + (address.communeCode() == null ? "" : address.communeCode().strip());
	}

	private String base() {
		String url = properties.url().toString();
		return url.endsWith("/") ? url : url + "/";
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	private static String quote(String value) {
		return "\"" + value.replace("\"", "\"\"").replace('\n', ' ').replace('\r', ' ') + "\"";
	}

	private static String cell(List<String> row, int index) {
		return index < row.size() ? row.get(index).strip() : "";
	}

}
