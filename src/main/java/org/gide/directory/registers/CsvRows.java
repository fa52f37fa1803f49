package org.gide.directory.registers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Any delimited file with a header line (the département's own lists), read with the same streaming RFC 4180 parser
 * and the same recovery as the registers: a malformed row, or one with the wrong number of columns, is rejected into
 * the {@link RegisterReport} with its line number, and reading goes on.
 */
public final class CsvRows {

	/** Receives each well-formed row: its physical line, its values (stripped, never null) and an excerpt. */
	@FunctionalInterface
	public interface RowSink {

		void row(long line, String[] values, String excerpt);

	}

	private CsvRows() {
	}

	/** The delimiter used in a header line: the most frequent of {@code ; , tab |} outside quotes ({@code ;} if none). */
	public static char detectDelimiter(String headerLine) {
		char[] candidates = { ';', ',', '\t', '|' };
		int[] counts = new int[candidates.length];
		boolean quoted = false;
		for (int i = 0; i < headerLine.length(); i++) {
			char c = headerLine.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted) {
				for (int k = 0; k < candidates.length; k++) {
					if (c == candidates[k]) {
						counts[k]++;
					}
				}
			}
		}
		int best = 0;
		for (int k = 1; k < candidates.length; k++) {
			if (counts[k] > counts[best]) {
				best = k;
			}
		}
		return counts[best] == 0 ? ';' : candidates[best];
	}

	/** The header and at most {@code rows} well-formed rows after it (for a preview); malformed rows are skipped. */
	public static List<String[]> preview(Reader in, char delimiter, int rows) {
		List<String[]> lines = new ArrayList<>();
		try (CsvRecordReader csv = new CsvRecordReader(in, delimiter)) {
			while (lines.size() <= rows && csv.next()) {
				if (csv.error() != null) {
					continue;
				}
				String[] values = new String[csv.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = csv.get(i).strip();
				}
				lines.add(values);
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads the header, then each row: well-formed ones go to {@code sink} (the caller counts them kept or rejects
	 * them), malformed ones are rejected here. Returns the header's column names.
	 */
	public static List<String> read(Reader in, char delimiter, String fileLabel, RegisterReport report, RowSink sink,
			java.util.function.Consumer<List<String>> onHeader) {
		try (CsvRecordReader csv = new CsvRecordReader(in, delimiter)) {
			if (!csv.next()) {
				throw new RegisterFormatException("Fichier " + fileLabel + " vide : ligne d'en-tête absente");
			}
			if (csv.error() != null) {
				throw new RegisterFormatException("Fichier " + fileLabel + " : en-tête illisible (" + csv.error() + ")");
			}
			List<String> header = new ArrayList<>(csv.size());
			for (int i = 0; i < csv.size(); i++) {
				header.add(csv.get(i).strip());
			}
			if (onHeader != null) {
				onHeader.accept(header);
			}
			while (csv.next()) {
				report.read();
				if (!SireneReader.wellFormed(csv, header.size(), report)) {
					continue;
				}
				String[] values = new String[csv.size()];
				for (int i = 0; i < values.length; i++) {
					values[i] = csv.get(i).strip();
				}
				sink.row(csv.line(), values, csv.excerpt());
			}
			return header;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
