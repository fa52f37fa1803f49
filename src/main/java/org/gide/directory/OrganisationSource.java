package org.gide.directory;

/** Where an organisation's record comes from; with its source key it identifies the record in that source. */
public enum OrganisationSource {

	MANUAL, SIRENE, RNA, CSV;

	public String messageKey() {
		return "directory.source." + name();
	}

}
