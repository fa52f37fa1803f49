package org.gide.resources.reading;

import java.time.Instant;
import java.util.List;

import org.gide.resources.ResourceType;

/**
 * A published item as the search index holds it (nothing is read from the database but the organisations' names):
 * what listings, feeds, the digest and the sitemap show. {@code body} is the sanitized HTML body (feeds' content);
 * {@code organisationIds} and {@code organisationNames} are in the same order (authoring order, contributing first;
 * a name is empty when the organisation no longer exists); {@code sectors} are lower-case {@code Sector} names;
 * {@code path} the canonical page path.
 */
public record ResourceHit(long id, ResourceType type, String slug, String title, String summary, String body,
		Instant published, Instant lastPublished, Instant expires, List<Long> organisationIds,
		List<String> organisationNames, List<String> sectors, List<String> territories, List<String> tags,
		String path) {

	public ResourceHit {
		organisationIds = List.copyOf(organisationIds);
		organisationNames = List.copyOf(organisationNames);
		sectors = List.copyOf(sectors);
		territories = List.copyOf(territories);
		tags = List.copyOf(tags);
	}

}
