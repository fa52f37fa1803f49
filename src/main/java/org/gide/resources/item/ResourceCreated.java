package org.gide.resources.item;

import java.time.Instant;

/**
 * A person created an item (state DRAFT), published inside the creating transaction so that the workflow logs the
 * CREATE transition with it (docs/resources.md § 3: every state change is recorded).
 */
public record ResourceCreated(long itemId, ResourceActor actor, Instant at) {
}
