package org.gide.resources.workflow;

import java.time.Instant;

/** One row of {@code resource_transition}: who did what to an item, when, why, on which revision. */
public record EditorialTransition(long id, long itemId, EditorialAction action, ResourceState from, ResourceState to,
		Long actorId, String actorLabel, ActorRole actorRole, String reason, Integer revision, Instant at) {
}
