package org.gide.directory.imports;

/** The life of an import run: uploaded → parsing → ready (for review) → applying → applied; or failed. */
public enum RunState {

	UPLOADED, PARSING, READY, APPLYING, APPLIED, FAILED;

	/** Whether the run page should keep refreshing its progress. */
	public boolean working() {
		return this == UPLOADED || this == PARSING || this == APPLYING;
	}

}
