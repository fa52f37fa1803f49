package org.gide.calls.needs;

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
 * The communes' outlines as SVG paths for the map of needs, drawn on the server so that the map needs no
 * JavaScript: equirectangular projection with x scaled by the cosine of the mean latitude, points closer than half a
 * pixel dropped. Built from the territory module's outlines and kept ten minutes.
 */
@Component
class NeedsMap {

	static final double WIDTH = 800;

	/** Sequential scale (light to dark) of the count of unanswered needs; index 0: none. */
	static final String[] COLOURS = { "#f2f2f2", "#fdd49e", "#fdae6b", "#f16913", "#a63603" };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CommuneOutlines outlines;

	private volatile Drawing cached;

	NeedsMap(CommuneOutlines outlines) {
		this.outlines = outlines;
	}

	record Shape(String code, String nom, EpciRef epci, String path) {
	}

	record Drawing(int width, int height, List<Shape> communes, Instant built) {
	}

	Drawing drawing() {
		Drawing drawing = cached;
		if (drawing == null || drawing.built().isBefore(Instant.now().minus(Duration.ofMinutes(10)))) {
			drawing = build(outlines.outlines());
			cached = drawing;
		}
		return drawing;
	}

	/** The colour class of a count: 0 none, then 1, 2–3, 4–6, 7 and more. */
	static int step(int count) {
		if (count <= 0) {
			return 0;
		}
		if (count == 1) {
			return 1;
		}
		if (count <= 3) {
			return 2;
		}
		return count <= 6 ? 3 : 4;
	}

	static Drawing build(List<CommuneOutline> list) {
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
					minLon = Math.min(minLon, point.get(0).asDouble());
					maxLon = Math.max(maxLon, point.get(0).asDouble());
					minLat = Math.min(minLat, point.get(1).asDouble());
					maxLat = Math.max(maxLat, point.get(1).asDouble());
				}
			}
		}
		List<Shape> shapes = new ArrayList<>();
		if (list.isEmpty()) {
			return new Drawing((int) WIDTH, 1, shapes, Instant.now());
		}
		double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
		double scale = WIDTH / Math.max(1e-9, (maxLon - minLon) * cos);
		double height = Math.ceil((maxLat - minLat) * scale);
		for (int i = 0; i < list.size(); i++) {
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
			CommuneOutline outline = list.get(i);
			shapes.add(new Shape(outline.code(), outline.nom(), outline.epci(), d.toString()));
		}
		return new Drawing((int) WIDTH, (int) Math.max(1, height), shapes, Instant.now());
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
