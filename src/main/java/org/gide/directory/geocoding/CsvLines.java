package org.gide.directory.geocoding;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV a batch geocoder answers: the delimiter (';' or ',') is the first of them in the header line,
 * fields may be quoted with doubled quotes inside, line ends are CRLF or LF.
 */
final class CsvLines {

	private CsvLines() {
	}

	static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int firstLineEnd = text.indexOf('\n');
		String header = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
		int semicolon = header.indexOf(';');
		int comma = header.indexOf(',');
		char delimiter = semicolon >= 0 && (comma < 0 || semicolon < comma) ? ';' : ',';
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == delimiter) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				if (!(row.size() == 1 && row.get(0).isEmpty())) {
					rows.add(row);
				}
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}

}
