package org.gide.directory.imports;

import java.time.Instant;

/** An import run as the pages and the command show it. */
public record ImportRun(long id, ImportKind kind, RunState state, String label, String fileNames, String workDir,
		String mapping, long totalBytes, long bytesRead, long rowsRead, long rowsKept, long rowsFiltered,
		long rowsRejected, long rowsWarned, long countNew, long countChanged, long countUnchanged, long countClosed,
		long countConflicts, long rowsApplied, Long parseMillis, Long applyMillis, String error, Instant createdAt,
		Instant updatedAt) {

	/** Rows the apply writes (new, changed, closed). */
	public long toApply() {
		return countNew + countChanged + countClosed;
	}

	/** Progress in per mille: bytes read while parsing, rows written while applying. */
	public int progress() {
		return switch (state) {
			case UPLOADED -> 0;
			case PARSING -> totalBytes <= 0 ? 0 : (int) Math.min(1000, bytesRead * 1000 / totalBytes);
			case APPLYING -> toApply() == 0 ? 0 : (int) Math.min(1000, rowsApplied * 1000 / toApply());
			default -> 1000;
		};
	}

	public int percent() {
		return progress() / 10;
	}

	public java.util.List<String> files() {
		return java.util.List.of(fileNames.split("\n"));
	}

	public boolean working() {
		return state.working();
	}

	public boolean reviewable() {
		return state == RunState.READY;
	}

}
