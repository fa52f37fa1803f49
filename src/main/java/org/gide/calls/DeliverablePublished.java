package org.gide.calls;

import java.time.Instant;
import java.util.List;

/**
 * A laureate's deliverable was published under an open licence (it is public from now on): the resource centre
 * listens to it, in the publisher's transaction. {@code licence} is a code of the laureates part (CC_BY, CC_BY_SA,
 * LICENCE_OUVERTE, CC0, ODBL, GPL); {@code url} is the deliverable's public address: its external link, or the path
 * of its file ({@code /livrables/{id}/fichier}, relative to the platform's public address). {@code description} is
 * plain text (possibly empty); {@code organisationIds} are the dossier's co-authors, the lead first.
 */
public record DeliverablePublished(long deliverableId, long dossierId, long callId, String title, String description,
		String licence, String url, List<Long> organisationIds, Instant publishedAt) {

	public DeliverablePublished {
		description = description == null ? "" : description;
		organisationIds = List.copyOf(organisationIds);
	}

}
