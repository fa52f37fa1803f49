package org.gide.directory;

/** Why an organisation changed, as its history says ({@code organisation_change.origin}). */
public enum ChangeOrigin {

	/** An administrator of the organisation (a claimed owner) edited it. */
	OWNER,
	/** An agent of the Mission ESS or an administrator of Gide edited it. */
	AGENT,
	/** A register or CSV import. */
	IMPORT,
	/** A duplicate was merged into it. */
	MERGE,
	/** A proposal of the public was accepted or merged into it by an agent. */
	PROPOSAL,
	/** It was created (by a form or a service without a more precise origin). */
	CREATION,
	/** Any other change made by the platform itself. */
	SYSTEM;

	/**
	 * Whether the fields this change sets become protected ({@code organisation.protected_fields}): what a person
	 * decided by hand (an owner, an agent, an agent accepting a proposal's value) is not overwritten by an import.
	 */
	public boolean protectsFields() {
		return this == OWNER || this == AGENT || this == PROPOSAL;
	}

	public String messageKey() {
		return "directory.history.origin." + name();
	}

}
