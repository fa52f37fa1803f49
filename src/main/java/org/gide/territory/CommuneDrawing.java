package org.gide.territory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.gide.territory.CommuneOutlines.CommuneOutline;

/**
 * Communes' outlines drawn as SVG paths on the server, for maps that must work without JavaScript (the directory's
 * map, the map of needs): equirectangular projection with x scaled by the cosine of the mean latitude, which is all
 * the distortion a département shows; points closer than half a pixel dropped.
 */
public final class CommuneDrawing {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** One commune drawn: its SVG path, and its geometry as compact GeoJSON text. */
	public record Drawn(String code, String nom, EpciRef epci, String path, String geometry) {
	}

	/** The drawing: its width and height in pixels (height 0 when there is nothing to draw) and the communes. */
	public record Drawing(double width, double height, List<Drawn> communes) {
	}

	private CommuneDrawing() {
	}

	/** The outlines drawn {@code width} pixels wide, in the order given. */
	public static Drawing svg(List<CommuneOutline> outlines, double width) {
		List<JsonNode> geometries = new ArrayList<>();
		double minLon = Double.MAX_VALUE;
		double maxLon = -Double.MAX_VALUE;
		double minLat = Double.MAX_VALUE;
		double maxLat = -Double.MAX_VALUE;
		for (CommuneOutline outline : outlines) {
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
		List<Drawn> communes = new ArrayList<>();
		if (outlines.isEmpty()) {
			return new Drawing(width, 0, communes);
		}
		double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
		double scale = width / Math.max(1e-9, (maxLon - minLon) * cos);
		double height = Math.ceil((maxLat - minLat) * scale);
		for (int i = 0; i < outlines.size(); i++) {
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
			CommuneOutline outline = outlines.get(i);
			communes.add(new Drawn(outline.code(), outline.nom(), outline.epci(), d.toString(),
					geometries.get(i).toString()));
		}
		return new Drawing(width, height, communes);
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
