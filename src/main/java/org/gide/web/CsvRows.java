package org.gide.web;

import java.util.List;

/**
 * One line of the CSV files the platform hands out (`;` separated, CRLF, for French spreadsheets): a cell that a
 * spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) is prefixed with an
 * apostrophe, and a cell holding a separator, a quote, an apostrophe or a line break is quoted.
 */
public final class CsvRows {

	private CsvRows() {
	}

	/** Appends the cells as one line; a null cell is empty. */
	public static void append(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(';');
			}
			String cell = cells.get(i) == null ? "" : cells.get(i);
			if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
				cell = "'" + cell;
			}
			if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")
					|| cell.contains("'")) {
				cell = '"' + cell.replace("\"", "\"\"") + '"';
			}
			csv.append(cell);
		}
		csv.append("\r\n");
	}

}
