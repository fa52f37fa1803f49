package org.gide.directory.map;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import org.gide.territory.CommuneDrawing;
import org.gide.territory.CommuneOutlines;
import org.gide.territory.CommuneOutlines.CommuneOutline;
import org.gide.territory.EpciRef;

/**
 * The communes' outlines as the map draws them: a GeoJSON FeatureCollection for Leaflet, and SVG paths for the page
 * without JavaScript ({@link CommuneDrawing}). Both are built from the territory module's outlines and kept ten
 * minutes.
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
		StringBuilder geoJson = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
		List<Shape> shapes = new ArrayList<>();
		if (list.isEmpty()) {
			geoJson.append("]}");
			return new Shapes(0, shapes, geoJson.toString(), "\"empty\"", Instant.now());
		}
		CommuneDrawing.Drawing drawing = CommuneDrawing.svg(list, WIDTH);
		List<CommuneDrawing.Drawn> communes = drawing.communes();
		for (int i = 0; i < communes.size(); i++) {
			CommuneDrawing.Drawn commune = communes.get(i);
			shapes.add(new Shape(commune.code(), commune.nom(), commune.epci(), commune.path()));
			if (i > 0) {
				geoJson.append(',');
			}
			geoJson.append("{\"type\":\"Feature\",\"properties\":{\"code\":")
				.append(JSON.writeValueAsString(commune.code()))
				.append(",\"nom\":")
				.append(JSON.writeValueAsString(commune.nom()))
				.append("},\"geometry\":")
				.append(commune.geometry())
				.append('}');
		}
		geoJson.append("]}");
		String etag = "\"" + Integer.toHexString(geoJson.toString().hashCode()) + "\"";
		return new Shapes(drawing.height(), shapes, geoJson.toString(), etag, Instant.now());
	}

}
