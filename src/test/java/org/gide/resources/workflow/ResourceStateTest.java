package org.gide.resources.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * {@link ResourceState#next} against the table of docs/resources.md § 3, cell by cell: the allowed cells are
 * written out below one by one (state, action, role → state), and every one of the 8 × 9 × 5 cells is checked —
 * the allowed ones lead where the table says, all the others are refused.
 */
class ResourceStateTest {

	/** "FROM ACTION ROLE" → expected state, written from the table, not computed. */
	private static final Map<String, ResourceState> ALLOWED = new HashMap<>();

	static {
		String[] committee = { "EDITOR", "AGENT", "ADMIN" };
		// SUBMIT: DRAFT, CHANGES_REQUESTED, UNPUBLISHED → SUBMITTED; contributor and committee.
		for (String from : new String[] { "DRAFT", "CHANGES_REQUESTED", "UNPUBLISHED" }) {
			allow(from, "SUBMIT", "CONTRIBUTOR", "SUBMITTED");
			for (String role : committee) {
				allow(from, "SUBMIT", role, "SUBMITTED");
			}
		}
		// WITHDRAW: SUBMITTED → DRAFT; contributor only.
		allow("SUBMITTED", "WITHDRAW", "CONTRIBUTOR", "DRAFT");
		for (String role : committee) {
			// REQUEST_CHANGES: SUBMITTED, APPROVED, SCHEDULED → CHANGES_REQUESTED.
			allow("SUBMITTED", "REQUEST_CHANGES", role, "CHANGES_REQUESTED");
			allow("APPROVED", "REQUEST_CHANGES", role, "CHANGES_REQUESTED");
			allow("SCHEDULED", "REQUEST_CHANGES", role, "CHANGES_REQUESTED");
			// APPROVE: SUBMITTED → APPROVED.
			allow("SUBMITTED", "APPROVE", role, "APPROVED");
			// SCHEDULE: APPROVED, and for the committee DRAFT and SUBMITTED → SCHEDULED.
			allow("APPROVED", "SCHEDULE", role, "SCHEDULED");
			allow("DRAFT", "SCHEDULE", role, "SCHEDULED");
			allow("SUBMITTED", "SCHEDULE", role, "SCHEDULED");
			// UNPUBLISH: PUBLISHED → UNPUBLISHED.
			allow("PUBLISHED", "UNPUBLISH", role, "UNPUBLISHED");
			// DECLINE: SUBMITTED, CHANGES_REQUESTED → DECLINED.
			allow("SUBMITTED", "DECLINE", role, "DECLINED");
			allow("CHANGES_REQUESTED", "DECLINE", role, "DECLINED");
		}
		// PUBLISH: APPROVED, SCHEDULED; directly DRAFT, SUBMITTED, CHANGES_REQUESTED, UNPUBLISHED; committee and SYSTEM.
		for (String from : new String[] { "APPROVED", "SCHEDULED", "DRAFT", "SUBMITTED", "CHANGES_REQUESTED",
				"UNPUBLISHED" }) {
			for (String role : new String[] { "EDITOR", "AGENT", "ADMIN", "SYSTEM" }) {
				allow(from, "PUBLISH", role, "PUBLISHED");
			}
		}
		// UNPUBLISH by SYSTEM: a deliverable withdrawn by its call.
		allow("PUBLISHED", "UNPUBLISH", "SYSTEM", "UNPUBLISHED");
	}

	private static void allow(String from, String action, String role, String to) {
		ALLOWED.put(from + " " + action + " " + role, ResourceState.valueOf(to));
	}

	@Test
	void everyCellOfTheTable() {
		int allowed = 0;
		int cells = 0;
		for (ResourceState from : ResourceState.values()) {
			for (EditorialAction action : EditorialAction.values()) {
				for (ActorRole role : ActorRole.values()) {
					cells++;
					ResourceState expected = ALLOWED.get(from + " " + action + " " + role);
					Optional<ResourceState> actual = from.next(action, role);
					if (expected == null) {
						assertThat(actual).as("%s %s by %s", from, action, role).isEmpty();
					}
					else {
						allowed++;
						assertThat(actual).as("%s %s by %s", from, action, role).contains(expected);
					}
				}
			}
		}
		assertThat(cells).isEqualTo(8 * 9 * 5);
		assertThat(allowed).isEqualTo(ALLOWED.size());
	}

	@Test
	void declinedIsFinalAndCreateIsNeverATransition() {
		for (EditorialAction action : EditorialAction.values()) {
			for (ActorRole role : ActorRole.values()) {
				assertThat(ResourceState.DECLINED.next(action, role)).isEmpty();
			}
		}
		for (ResourceState from : ResourceState.values()) {
			assertThat(from.actions(ActorRole.ADMIN)).doesNotContain(EditorialAction.CREATE);
		}
	}

	@Test
	void actionsListWhatNextAllows() {
		assertThat(ResourceState.SUBMITTED.actions(ActorRole.CONTRIBUTOR)).containsExactly(EditorialAction.WITHDRAW);
		assertThat(ResourceState.SUBMITTED.actions(ActorRole.EDITOR)).containsExactly(
				EditorialAction.REQUEST_CHANGES, EditorialAction.APPROVE, EditorialAction.SCHEDULE,
				EditorialAction.PUBLISH, EditorialAction.DECLINE);
		assertThat(ResourceState.PUBLISHED.actions(ActorRole.CONTRIBUTOR)).isEmpty();
	}

}
