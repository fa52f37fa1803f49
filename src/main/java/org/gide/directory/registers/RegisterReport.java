package org.gide.directory.registers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What happened to the rows of one register file: how many were read, kept, filtered out (by reason) and rejected,
 * with the line number and French reason of every rejected row and of every warning (a kept row whose faulty value
 * was left empty).
 * <p>
 * Every row is counted once: {@code rowsRead = kept + filteredOut + rejected}. At most {@value #MAX_ISSUES} issues
 * of each kind are kept in memory (the counts stay exact); {@link #issuesTruncated()} tells when some were dropped.
 * Not thread-safe: one report per reading.
 */
public final class RegisterReport {

	/** Issues of each kind kept in memory. */
	public static final int MAX_ISSUES = 100_000;

	private final String file;
	private long rowsRead;
	private long kept;
	private long rejectedCount;
	private long warningCount;
	private final Map<String, Long> filteredOut = new LinkedHashMap<>();
	private final List<RowIssue> rejected = new ArrayList<>();
	private final List<RowIssue> warnings = new ArrayList<>();

	public RegisterReport(String file) {
		this.file = file;
	}

	public void read() {
		this.rowsRead++;
	}

	public void kept() {
		this.kept++;
	}

	public void filteredOut(String reason) {
		this.filteredOut.merge(reason, 1L, Long::sum);
	}

	public void reject(long line, String reason, String excerpt) {
		this.rejectedCount++;
		if (this.rejected.size() < MAX_ISSUES) {
			this.rejected.add(new RowIssue(line, reason, excerpt, true));
		}
	}

	public void warn(long line, String reason, String excerpt) {
		this.warningCount++;
		if (this.warnings.size() < MAX_ISSUES) {
			this.warnings.add(new RowIssue(line, reason, excerpt, false));
		}
	}

	/** Name of the file the report is about. */
	public String file() {
		return this.file;
	}

	/** Data rows read (the header excluded). */
	public long rowsRead() {
		return this.rowsRead;
	}

	/** Rows turned into records. */
	public long keptCount() {
		return this.kept;
	}

	/** Rows left out on purpose, by French reason (« hors département », « établissement fermé »…). */
	public Map<String, Long> filteredOut() {
		return Collections.unmodifiableMap(this.filteredOut);
	}

	public long filteredOutCount() {
		return this.filteredOut.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Malformed rows that were dropped. */
	public long rejectedCount() {
		return this.rejectedCount;
	}

	/** Warnings on kept rows. */
	public long warningCount() {
		return this.warningCount;
	}

	/** Rejected rows, in file order. */
	public List<RowIssue> rejected() {
		return Collections.unmodifiableList(this.rejected);
	}

	/** Warnings on kept rows, in file order. */
	public List<RowIssue> warnings() {
		return Collections.unmodifiableList(this.warnings);
	}

	public boolean issuesTruncated() {
		return this.rejectedCount > this.rejected.size() || this.warningCount > this.warnings.size();
	}

	/**
	 * Writes rejected rows and warnings, ordered by line, as a {@code ;}-separated CSV (RFC 4180 quoting) with the
	 * header {@code ligne;decision;motif;extrait}; {@code decision} is « rejetée » or « conservée ».
	 */
	public void writeCsv(Writer out) throws IOException {
		List<RowIssue> all = new ArrayList<>(this.rejected.size() + this.warnings.size());
		all.addAll(this.rejected);
		all.addAll(this.warnings);
		all.sort(Comparator.comparingLong(RowIssue::line));
		out.write("ligne;decision;motif;extrait\r\n");
		for (RowIssue issue : all) {
			out.write(Long.toString(issue.line()));
			out.write(';');
			out.write(issue.rejected() ? "rejetée" : "conservée");
			out.write(';');
			out.write(quote(issue.reason()));
			out.write(';');
			out.write(quote(issue.excerpt()));
			out.write("\r\n");
		}
		out.flush();
	}

	/** {@link #writeCsv(Writer)} to a UTF-8 file. */
	public void writeCsv(Path path) {
		try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			writeCsv(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String quote(String value) {
		String v = value == null ? "" : value;
		// Neutralise spreadsheet formulas in downloaded reports.
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		return '"' + v.replace("\"", "\"\"") + '"';
	}

	@Override
	public String toString() {
		return "%s : %d lues, %d conservées, %d écartées %s, %d rejetées, %d avertissements".formatted(this.file,
				this.rowsRead, this.kept, filteredOutCount(), this.filteredOut, this.rejectedCount, this.warningCount);
	}

}
