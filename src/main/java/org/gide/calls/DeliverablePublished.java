package org.gide.calls;

import java.time.Instant;

/**
 * A laureate's deliverable was published under an open licence (it is public from now on): the future resource
 * centre listens to it. {@code licence} is a code of the laureates part (CC_BY, CC_BY_SA, LICENCE_OUVERTE, CC0,
 * ODBL, GPL); {@code url} is the deliverable's public address (its file or its external link).
 */
public record DeliverablePublished(long deliverableId, long dossierId, long callId, String title, String licence,
		String url, Instant publishedAt) {
}
