package org.gide.calls;

import java.time.Instant;

/**
 * A published deliverable was taken back from the public (its laureates or an agent unpublished it): the resource
 * centre unpublishes its item, in the publisher's transaction. Published only when the deliverable was public.
 */
public record DeliverableUnpublished(long deliverableId, Instant at) {
}
