package org.gide.calls.needs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;


import org.springframework.stereotype.Component;

import org.gide.territory.CommuneDrawing;
import org.gide.territory.CommuneOutlines;
import org.gide.territory.CommuneOutlines.CommuneOutline;
import org.gide.territory.EpciRef;

/**
 * The communes' outlines as SVG paths for the map of needs, drawn on the server ({@link CommuneDrawing}) so that the
 * map needs no JavaScript. Built from the territory module's outlines and kept ten minutes.
 */
@Component
class NeedsMap {

	static final double WIDTH = 800;

	/** Sequential scale (light to dark) of the count of unanswered needs; index 0: none. */
	static final String[] COLOURS = { "#f2f2f2", "#fdd49e", "#fdae6b", "#f16913", "#a63603" };

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
		CommuneDrawing.Drawing drawing = CommuneDrawing.svg(list, WIDTH);
		List<Shape> shapes = drawing.communes()
			.stream()
			.map(c -> new Shape(c.code(), c.nom(), c.epci(), c.path()))
			.toList();
		return new Drawing((int) WIDTH, (int) Math.max(1, drawing.height()), shapes, Instant.now());
	}

}
