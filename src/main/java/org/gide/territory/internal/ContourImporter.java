package org.gide.territory.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.territory.internal.Sources.Source;

/**
 * Imports commune outlines from GeoJSON FeatureCollections (geo.api.gouv.fr / IGN format) and derives each
 * commune's centre: the {@code centre} property when the source gives one, else the centroid, or an interior point
 * when the centroid falls outside (crescent-shaped communes). Features of unknown or foreign communes are reported,
 * never fatal; an unreachable source is skipped with a warning.
 */
@Component
public class ContourImporter {

	private static final Logger log = LoggerFactory.getLogger(ContourImporter.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final Sources sources;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final String departement;

	private final List<String> locations;

	ContourImporter(Sources sources, JdbcTemplate jdbc, TransactionTemplate transaction,
			@Value("${gide.departement:30}") String departement,
			Environment environment) {
		this.sources = sources;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.departement = departement;
		// A YAML list (locations[0], locations[1]…) or a comma-separated value (GIDE_TERRITORY_CONTOURS_LOCATIONS).
		this.locations = Binder.get(environment)
			.bind("gide.territory.contours.locations",
					Bindable.listOf(String.class))
			.orElse(List.of());
	}

	/** What one source gave: outlines stored, and the codes of features that match no commune of the département. */
	public record Result(String source, int contours, Set<String> ignored) {
	}

	/** Tries the configured sources in order until every active commune has an outline (all of them when forced). */
	public List<Result> importContours(boolean force) {
		List<Result> results = new ArrayList<>();
		boolean replace = force;
		for (String location : locations) {
			if (!replace && missing() == 0) {
				break;
			}
			try {
				Optional<Result> result = importFrom(location.replace("{departement}", departement), replace);
				if (result.isPresent()) {
					results.add(result.get());
					replace = false;
				}
			}
			catch (RuntimeException ex) {
				// Outlines are a comfort, not a requirement: a bad source must not stop the site.
				log.warn("Contour source {} skipped: {}", location, ex.getMessage());
			}
		}
		if (missing() > 0 && !locations.isEmpty()) {
			log.warn("{} active communes of département {} still have no outline", missing(), departement);
		}
		return results;
	}

	/** Reads one FeatureCollection; empty when the location holds nothing. */
	public Optional<Result> importFrom(String location, boolean replace) {
		Source source;
		try {
			source = sources.read(location).orElse(null);
		}
		catch (IOException ex) {
			throw new ImportException("%s illisible : %s".formatted(location, ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName()), ex);
		}
		if (source == null) {
			log.warn("Contour source {} not found: skipped", location);
			return Optional.empty();
		}
		List<Object[]> rows = new ArrayList<>();
		Set<String> ignored = new TreeSet<>();
		Set<String> known = new HashSet<>(jdbc.queryForList(
				"select code from commune where active and departement = ?", String.class, departement));
		try {
			JsonNode collection = JSON.readTree(source.bytes());
			if (!"FeatureCollection".equals(collection.path("type").asString(""))) {
				throw new ImportException("%s n’est pas une FeatureCollection GeoJSON".formatted(location));
			}
			for (JsonNode feature : collection.path("features")) {
				String code = feature.path("properties").path("code").asString("");
				if (!known.contains(code)) {
					ignored.add(code.isEmpty() ? "(sans code)" : code);
					continue;
				}
				JsonNode geometryNode = feature.path("geometry");
				Geometry geometry = geometry(geometryNode);
				Point centre = centre(feature.path("properties").path("centre"), geometry);
				rows.add(new Object[] { geometryNode.toString(), centre.getY(), centre.getX(), code });
			}
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw new ImportException("GeoJSON invalide dans %s : %s".formatted(location, ex.getMessage()), ex);
		}
		String condition = replace ? "" : " and contour is null";
		int stored = transaction.execute(status -> {
			int count = 0;
			for (int updated : jdbc.batchUpdate("update commune set contour = ?, centre_lat = ?, centre_lon = ? "
					+ "where code = ?" + condition, rows)) {
				count += updated;
			}
			jdbc.update("insert into territory_import (kind, departement, source, communes, report) "
					+ "values ('CONTOURS', ?, ?, ?, ?)", departement, location, count,
					ignored.isEmpty() ? null : "Ignorés (hors département ou inconnus) : " + String.join(", ", ignored));
			return count;
		});
		if (!ignored.isEmpty()) {
			log.warn("{} features of {} match no active commune of département {}: {}", ignored.size(), location,
					departement, ignored);
		}
		log.info("Contours imported from {}: {} communes", location, stored);
		return Optional.of(new Result(location, stored, ignored));
	}

	private int missing() {
		return jdbc.queryForObject("select count(*) from commune where active and departement = ? and contour is null",
				Integer.class, departement);
	}

	private static Point centre(JsonNode centre, Geometry geometry) {
		if ("Point".equals(centre.path("type").asString("")) && centre.path("coordinates").size() >= 2) {
			return GEOMETRY.createPoint(coordinate(centre.path("coordinates")));
		}
		Point centroid = geometry.getCentroid();
		try {
			return geometry.contains(centroid) ? centroid : geometry.getInteriorPoint();
		}
		catch (RuntimeException invalidTopology) {
			return geometry.getInteriorPoint();
		}
	}

	static Geometry geometry(JsonNode node) {
		JsonNode coordinates = node.path("coordinates");
		return switch (node.path("type").asString("")) {
			case "Polygon" -> polygon(coordinates);
			case "MultiPolygon" -> {
				List<Polygon> polygons = new ArrayList<>();
				coordinates.forEach(p -> polygons.add(polygon(p)));
				yield GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
			}
			default -> throw new IllegalArgumentException("géométrie non surfacique : " + node.path("type"));
		};
	}

	private static Polygon polygon(JsonNode rings) {
		List<LinearRing> all = new ArrayList<>();
		rings.forEach(ring -> {
			List<Coordinate> points = new ArrayList<>();
			ring.forEach(p -> points.add(coordinate(p)));
			all.add(GEOMETRY.createLinearRing(points.toArray(Coordinate[]::new)));
		});
		if (all.isEmpty()) {
			throw new IllegalArgumentException("polygone vide");
		}
		return GEOMETRY.createPolygon(all.get(0), all.subList(1, all.size()).toArray(LinearRing[]::new));
	}

	private static Coordinate coordinate(JsonNode position) {
		return new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
	}

}
