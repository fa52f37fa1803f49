package org.gide.resources.reading;

import java.time.Instant;

import org.gide.resources.ResourceType;
import org.gide.resources.item.ResourcePaths;

/** A published, unexpired item in brief: for the sitemap. */
public record PublicResource(ResourceType type, long id, String slug, Instant lastPublished) {

	public String path() {
		return ResourcePaths.page(type, id, slug);
	}

}
