package org.gide.resources.workflow;

/**
 * States of a resource item (column {@code resource_item.state}); label key {@code resources.state.<NAME>}.
 * The transition function {@code next(EditorialAction, ActorRole)} is added by part B (docs/resources.md § 3).
 */
public enum ResourceState {

	DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED, DECLINED;

	public String labelKey() {
		return "resources.state." + name();
	}

}
