package org.gide.directory.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Classes of a choropleth of counts: "none" and up to five classes whose upper bounds grow geometrically up to the
 * largest count (1, then the fifth root of the largest count as the ratio from one bound to the next, rounded), so that a few big towns do not flatten every other commune.
 * Colours are a sequential blue scale whose darker half carries white text in the legend; every class is also named
 * in words, and the table beside the map gives each count.
 */
record Choropleth(List<Step> steps) {

	static final String[] COLOURS = { "#eeeeee", "#c6dbef", "#9ecae1", "#6baed6", "#2171b5", "#08306b" };

	/** One class: counts from {@code min} to {@code max} (inclusive), its colour and legend class. */
	record Step(int index, int min, int max, String colour) {
	}

	static Choropleth of(int maxCount) {
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(0, 0, 0, COLOURS[0]));
		int previous = 0;
		for (int k = 1; k <= 5 && previous < maxCount; k++) {
			int upper = k == 5 ? maxCount : (int) Math.max(previous + 1, Math.round(Math.pow(maxCount, k / 5.0)));
			upper = Math.min(upper, maxCount);
			steps.add(new Step(steps.size(), previous + 1, upper, COLOURS[steps.size()]));
			previous = upper;
		}
		return new Choropleth(steps);
	}

	Step stepOf(int count) {
		for (Step step : steps) {
			if (count <= step.max()) {
				return step;
			}
		}
		return steps.get(steps.size() - 1);
	}

	String colourOf(int count) {
		return stepOf(count).colour();
	}

}
