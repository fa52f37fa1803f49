package org.gide.resources.workflow;

/**
 * Who acts on an item ({@code resource_transition.actor_role}): an administrator of its contributing organisation,
 * the editorial committee (EDITOR, AGENT, ADMIN) or the application itself (scheduled publication, deliverables).
 * Label key {@code resources.role.<NAME>}.
 */
public enum ActorRole {

	CONTRIBUTOR, EDITOR, AGENT, ADMIN, SYSTEM;

	/** EDITOR, AGENT or ADMIN. */
	public boolean committee() {
		return this == EDITOR || this == AGENT || this == ADMIN;
	}

	public String labelKey() {
		return "resources.role." + name();
	}

}
