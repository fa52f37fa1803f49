package org.gide.directory.imports;

import org.gide.directory.OrganisationSource;

/** What a run imports, and the source recorded on the organisations it creates. */
public enum ImportKind {

	SIRENE(OrganisationSource.SIRENE, "SIRENE"), RNA(OrganisationSource.RNA, "RNA"), CSV(OrganisationSource.CSV, "CSV");

	private final OrganisationSource source;

	private final String label;

	ImportKind(OrganisationSource source, String label) {
		this.source = source;
		this.label = label;
	}

	public OrganisationSource source() {
		return source;
	}

	public String label() {
		return label;
	}

}
