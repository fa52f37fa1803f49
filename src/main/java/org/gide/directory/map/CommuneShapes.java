package org.gide.directory.map;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.gide.territory.CommuneOutlines;
import org.gide.territory.CommuneOutlines.CommuneOutline;
import org.gide.territory.EpciRef;

/**
 * The communes' outlines as the map draws them: a GeoJSON FeatureCollection for Leaflet, and SVG paths for the page
 * without JavaScript (equirectangular projection, x scaled by the cosine of the mean latitude, which is all the
 * distortion a département shows; points closer than half a pixel dropped). Both are built from the territory
 * module's outlines and kept ten minutes.
 */
@Component
class CommuneShapes {

	static final double WIDTH = 800;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CommuneOutlines outlines;

	private volatile Shapes cached;

	CommuneShapes(CommuneOutlines outlines) {
		this.outlines = outlines;
	}

	/** One commune as drawn in SVG. */
	record Shape(String code, String nom, EpciRef epci, String path) {
	}

	/** The SVG drawing: its height for {@link #WIDTH}, the communes, and the GeoJSON for Leaflet with its ETag. */
	record Shapes(double height, List<Shape> communes, String geoJson, String etag, Instant built) {
	}

	Shapes shapes() {
		Shapes shapes = cached;
		if (shapes == null || shapes.built().isBefore(Instant.now().minus(Duration.ofMinutes(10)))) {
			shapes = build(outlines.outlines());
			cached = shapes;
		}
		return shapes;
	}

	static Shapes build(List<CommuneOutline> list) {
		List<JsonNode> geometries = new ArrayList<>();
		double minLon = Double.MAX_VALUE;
		double maxLon = -Double.MAX_VALUE;
		double minLat = Double.MAX_VALUE;
		double maxLat = -Double.MAX_VALUE;
		for (CommuneOutline outline : list) {
			JsonNode geometry = JSON.readTree(outline.geometry());
			geometries.add(geometry);
			for (JsonNode ring : rings(geometry)) {
				for (JsonNode point : ring) {
					double lon = point.get(0).asDouble();
					double lat = point.get(1).asDouble();
					minLon = Math.min(minLon, lon);
					maxLon = Math.max(maxLon, lon);
					minLat = Math.min(minLat, lat);
					maxLat = Math.max(maxLat, lat);
				}
			}
		}
		StringBuilder geoJson = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
		List<Shape> shapes = new ArrayList<>();
		if (list.isEmpty()) {
			geoJson.append("]}");
			return new Shapes(0, shapes, geoJson.toString(), "\"empty\"", Instant.now());
		}
		double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
		double scale = WIDTH / Math.max(1e-9, (maxLon - minLon) * cos);
		double height = Math.ceil((maxLat - minLat) * scale);
		for (int i = 0; i < list.size(); i++) {
			CommuneOutline outline = list.get(i);
			StringBuilder d = new StringBuilder();
			for (JsonNode ring : rings(geometries.get(i))) {
				double lastX = Double.NaN;
				double lastY = Double.NaN;
				int n = 0;
				for (JsonNode point : ring) {
					double x = (point.get(0).asDouble() - minLon) * cos * scale;
					double y = (maxLat - point.get(1).asDouble()) * scale;
					if (n > 0 && Math.abs(x - lastX) < 0.5 && Math.abs(y - lastY) < 0.5) {
						continue;
					}
					d.append(n == 0 ? 'M' : 'L').append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
					lastX = x;
					lastY = y;
					n++;
				}
				d.append('Z');
			}
			shapes.add(new Shape(outline.code(), outline.nom(), outline.epci(), d.toString()));
			if (i > 0) {
				geoJson.append(',');
			}
			geoJson.append("{\"type\":\"Feature\",\"properties\":{\"code\":")
				.append(JSON.writeValueAsString(outline.code()))
				.append(",\"nom\":")
				.append(JSON.writeValueAsString(outline.nom()))
				.append("},\"geometry\":")
				.append(geometries.get(i).toString())
				.append('}');
		}
		geoJson.append("]}");
		String etag = "\"" + Integer.toHexString(geoJson.toString().hashCode()) + "\"";
		return new Shapes(height, shapes, geoJson.toString(), etag, Instant.now());
	}

	private static List<JsonNode> rings(JsonNode geometry) {
		List<JsonNode> rings = new ArrayList<>();
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		if ("Polygon".equals(type)) {
			coordinates.forEach(rings::add);
		}
		else if ("MultiPolygon".equals(type)) {
			coordinates.forEach(polygon -> polygon.forEach(rings::add));
		}
		return rings;
	}

}
