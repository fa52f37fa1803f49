package org.gide.resources.workflow;

import java.time.Instant;

/** One row of {@code resource_comment}: a remark on an item, bound to the revision it was written about. */
public record EditorialComment(long id, long itemId, Integer revision, long authorId, String authorLabel,
		ActorRole authorRole, String body, Instant createdAt) {
}
