package org.gide.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The route × role access matrix, declared once in {@code src/test/resources/route-access.tsv}: for every HTTP
 * route of the application, the status each kind of visitor must get. A route missing from it fails the build.
 */
public record RouteMatrix(List<Row> rows) {

	/** The visitors, in the order of the file's columns. */
	public static final List<String> VISITORS = List.of("anonymous", "member", "agent", "reviewer", "editor", "admin");

	/**
	 * One route: its mapping, a concrete path to call (placeholders in braces are filled by the test), what it
	 * answers (html, json, text, redirect…) and the expected status for each visitor.
	 */
	public record Row(String method, String pattern, String sample, String kind, Map<String, Integer> expected, int line) {

		public String key() {
			return method + " " + pattern;
		}

		public String path(Map<String, String> values) {
			String path = sample;
			for (Map.Entry<String, String> value : values.entrySet()) {
				path = path.replace("{" + value.getKey() + "}", value.getValue());
			}
			if (path.contains("{")) {
				throw new IllegalStateException("line " + line + ": no value for a placeholder of " + sample);
			}
			return path;
		}

	}

	public static RouteMatrix load() {
		try (InputStream in = RouteMatrix.class.getResourceAsStream("/route-access.tsv")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			List<Row> rows = new ArrayList<>();
			int number = 0;
			for (String line : text.split("\n")) {
				number++;
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#")) {
					continue;
				}
				String[] cells = trimmed.split("\\s+");
				if (cells.length != 4 + VISITORS.size()) {
					throw new IllegalStateException("route-access.tsv line " + number + ": expected "
							+ (4 + VISITORS.size()) + " columns, found " + cells.length);
				}
				Map<String, Integer> expected = new java.util.LinkedHashMap<>();
				for (int i = 0; i < VISITORS.size(); i++) {
					expected.put(VISITORS.get(i), Integer.parseInt(cells[4 + i]));
				}
				rows.add(new Row(cells[0], cells[1], cells[2], cells[3], expected, number));
			}
			return new RouteMatrix(List.copyOf(rows));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
