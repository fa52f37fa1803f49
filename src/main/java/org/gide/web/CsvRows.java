package org.gide.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One line of the CSV files the platform hands out (`;` separated, CRLF, for French spreadsheets): a cell that a
 * spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) is prefixed with an
 * apostrophe, and a cell holding a separator, a quote, an apostrophe or a line break is quoted. A file starts with
 * a byte order mark ({@link #start()}) so that spreadsheets read it as UTF-8, and leaves as a download
 * ({@link #download(String, CharSequence)}).
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

	/** A new file: the byte order mark, then the lines {@link #append(StringBuilder, List)} adds. */
	public static StringBuilder start() {
		return new StringBuilder("\uFEFF");
	}

	/** The file as a UTF-8 {@code text/csv} attachment under this name. */
	public static ResponseEntity<byte[]> download(String fileName, CharSequence csv) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
