package org.gide.directory.observatory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG: one group per category, one bar per series (live figures, the
 * plan's figures). Geometry is computed here so the template only places rectangles; the chart is an image with a
 * title and description, and its table stands beside it with the same numbers.
 */
record BarChart(String id, List<String> series, List<Group> groups, double width, double height, double labelWidth) {

	static final String[] COLOURS = { "#1d4e89", "#b34000" };

	static final double BAR = 14;

	static final double GAP = 10;

	/** A category: its label and one bar per series. */
	record Group(String label, double labelY, List<Bar> bars) {
	}

	/** A bar: value, its text, rectangle, colour, where its value is written. */
	record Bar(double value, String text, double x, double y, double length, String colour, double textX) {
	}

	/** {@code values}: for each group, the value of each series (NaN for none); {@code texts} likewise. */
	static BarChart of(String id, List<String> series, List<String> labels, double[][] values, String[][] texts) {
		double labelWidth = 260;
		double plotWidth = 300;
		double max = 0;
		for (double[] row : values) {
			for (double v : row) {
				if (!Double.isNaN(v)) {
					max = Math.max(max, v);
				}
			}
		}
		List<Group> groups = new ArrayList<>();
		double y = GAP;
		for (int g = 0; g < labels.size(); g++) {
			List<Bar> bars = new ArrayList<>();
			double groupTop = y;
			for (int s = 0; s < series.size(); s++) {
				double v = values[g][s];
				double length = Double.isNaN(v) || max == 0 ? 0 : Math.max(v > 0 ? 1 : 0, v / max * plotWidth);
				bars.add(new Bar(v, texts[g][s], labelWidth, round(y), round(length), COLOURS[s % COLOURS.length],
						round(labelWidth + length + 4)));
				y += BAR + 2;
			}
			groups.add(new Group(labels.get(g), round(groupTop + (y - groupTop) / 2 + 4), bars));
			y += GAP;
		}
		return new BarChart(id, series, groups, labelWidth + plotWidth + 70, y, labelWidth);
	}

	public String colour(int series) {
		return COLOURS[series % COLOURS.length];
	}

	public String viewBox() {
		return String.format(Locale.ROOT, "0 0 %.0f %.0f", width, height);
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

}
