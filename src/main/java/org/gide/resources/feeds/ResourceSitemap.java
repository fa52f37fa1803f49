package org.gide.resources.feeds;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.gide.resources.ResourceType;
import org.gide.resources.item.ResourcePaths;
import org.gide.resources.reading.PublicResource;
import org.gide.resources.reading.ResourceSearch;
import org.gide.web.SitemapContribution;
import org.gide.web.SitemapEntry;

/**
 * The resource centre's part of {@code /sitemap.xml}: the search page, each type's listing (dated by its newest item), the digest's subscription page
 * and every published, unexpired item's canonical page. Drafts, unpublished and expired items never appear.
 */
@Component
class ResourceSitemap implements SitemapContribution {

	private final ResourceSearch search;

	private final Clock clock;

	ResourceSitemap(ResourceSearch search, ObjectProvider<Clock> clock) {
		this.search = search;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public Stream<SitemapEntry> entries() {
		Instant now = clock.instant();
		List<PublicResource> items = search.allPublic(now);
		Map<ResourceType, Instant> newest = new EnumMap<>(ResourceType.class);
		for (PublicResource item : items) {
			newest.merge(item.type(), item.lastPublished(), (a, b) -> a.isAfter(b) ? a : b);
		}
		List<SitemapEntry> entries = new ArrayList<>();
		entries.add(new SitemapEntry("/ressources",
				newest.values().stream().max(Instant::compareTo).orElse(null)));
		for (ResourceType type : ResourceType.values()) {
			entries.add(new SitemapEntry(ResourcePaths.listing(type), newest.get(type)));
		}
		entries.add(new SitemapEntry("/ressources/lettre", null));
		items.forEach(item -> entries.add(new SitemapEntry(item.path(), item.lastPublished())));
		return entries.stream();
	}

}
