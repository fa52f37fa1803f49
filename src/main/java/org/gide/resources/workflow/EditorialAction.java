package org.gide.resources.workflow;

/**
 * Actions logged in {@code resource_transition.action}; label key {@code resources.action.<NAME>}.
 * See docs/resources.md § 3.
 */
public enum EditorialAction {

	CREATE, SUBMIT, WITHDRAW, REQUEST_CHANGES, APPROVE, SCHEDULE, PUBLISH, UNPUBLISH, DECLINE;

	/** Whether a committee member must give a reason (SYSTEM never has to). */
	public boolean needsReason() {
		return this == REQUEST_CHANGES || this == UNPUBLISH || this == DECLINE;
	}

	public String labelKey() {
		return "resources.action." + name();
	}

}
