package org.gide.resources.workflow;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * States of a resource item (column {@code resource_item.state}); label key {@code resources.state.<NAME>}.
 * {@link #next(EditorialAction, ActorRole)} is the table of docs/resources.md § 3, as one pure function.
 */
public enum ResourceState {

	DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED, UNPUBLISHED, DECLINED;

	private static final Set<ResourceState> SUBMITTABLE = EnumSet.of(DRAFT, CHANGES_REQUESTED, UNPUBLISHED);

	private static final Set<ResourceState> PUBLISHABLE = EnumSet.of(APPROVED, SCHEDULED, DRAFT, SUBMITTED,
			CHANGES_REQUESTED, UNPUBLISHED);

	public String labelKey() {
		return "resources.state." + name();
	}

	/**
	 * The state this one leads to when {@code role} performs {@code action}, or empty when the table of
	 * docs/resources.md § 3 does not allow it:
	 * <ul>
	 * <li>SUBMIT: DRAFT, CHANGES_REQUESTED, UNPUBLISHED → SUBMITTED (contributor, committee);</li>
	 * <li>WITHDRAW: SUBMITTED → DRAFT (contributor);</li>
	 * <li>REQUEST_CHANGES: SUBMITTED, APPROVED, SCHEDULED → CHANGES_REQUESTED (committee);</li>
	 * <li>APPROVE: SUBMITTED → APPROVED (committee);</li>
	 * <li>SCHEDULE: APPROVED, DRAFT, SUBMITTED → SCHEDULED (committee);</li>
	 * <li>PUBLISH: APPROVED, SCHEDULED, DRAFT, SUBMITTED, CHANGES_REQUESTED, UNPUBLISHED → PUBLISHED (committee;
	 * SYSTEM too: a due schedule, a deliverable published or published again);</li>
	 * <li>UNPUBLISH: PUBLISHED → UNPUBLISHED (committee, SYSTEM);</li>
	 * <li>DECLINE: SUBMITTED, CHANGES_REQUESTED → DECLINED (committee); DECLINED is final.</li>
	 * </ul>
	 * CREATE leads from no state to DRAFT: it is never a transition from a state, so always empty here.
	 */
	public Optional<ResourceState> next(EditorialAction action, ActorRole role) {
		boolean committee = role.committee();
		boolean contributor = role == ActorRole.CONTRIBUTOR;
		boolean system = role == ActorRole.SYSTEM;
		ResourceState to = switch (action) {
			case CREATE -> null;
			case SUBMIT -> (contributor || committee) && SUBMITTABLE.contains(this) ? SUBMITTED : null;
			case WITHDRAW -> contributor && this == SUBMITTED ? DRAFT : null;
			case REQUEST_CHANGES -> committee && (this == SUBMITTED || this == APPROVED || this == SCHEDULED)
					? CHANGES_REQUESTED : null;
			case APPROVE -> committee && this == SUBMITTED ? APPROVED : null;
			case SCHEDULE -> committee && (this == APPROVED || this == DRAFT || this == SUBMITTED) ? SCHEDULED : null;
			case PUBLISH -> (committee || system) && PUBLISHABLE.contains(this) ? PUBLISHED : null;
			case UNPUBLISH -> (committee || system) && this == PUBLISHED ? UNPUBLISHED : null;
			case DECLINE -> committee && (this == SUBMITTED || this == CHANGES_REQUESTED) ? DECLINED : null;
		};
		return Optional.ofNullable(to);
	}

	/** The actions {@code role} may perform from this state, in declaration order. */
	public Set<EditorialAction> actions(ActorRole role) {
		Set<EditorialAction> actions = EnumSet.noneOf(EditorialAction.class);
		for (EditorialAction action : EditorialAction.values()) {
			if (next(action, role).isPresent()) {
				actions.add(action);
			}
		}
		return actions;
	}

}
