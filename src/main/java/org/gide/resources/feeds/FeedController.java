package org.gide.resources.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.gide.resources.ResourceType;
import org.gide.resources.reading.ResourceHit;
import org.gide.resources.reading.ResourceQuery;
import org.gide.resources.reading.ResourceSearch;

/**
 * RSS 2.0 and Atom 1.0 feeds of the resource centre, per type and per filter: the 50 newest published, unexpired
 * items of the same {@link ResourceQuery} as the listing (unknown values ignored). Cached five minutes by readers and
 * proxies; {@code If-None-Match} / {@code If-Modified-Since} answered 304 when nothing changed.
 */
@RestController
class FeedController {

	static final int SIZE = 50;

	private final ResourceSearch search;

	private final ResourceFeeds feeds;

	private final Clock clock;

	FeedController(ResourceSearch search, ResourceFeeds feeds, ObjectProvider<Clock> clock) {
		this.search = search;
		this.feeds = feeds;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/flux/ressources.rss")
	ResponseEntity<String> allRss(@RequestParam MultiValueMap<String, String> parameters) {
		return feed(ResourceFeeds.Format.RSS, null, parameters);
	}

	@GetMapping("/flux/ressources.atom")
	ResponseEntity<String> allAtom(@RequestParam MultiValueMap<String, String> parameters) {
		return feed(ResourceFeeds.Format.ATOM, null, parameters);
	}

	@GetMapping("/flux/ressources/{type}.rss")
	ResponseEntity<String> typeRss(@PathVariable String type, @RequestParam MultiValueMap<String, String> parameters) {
		return feed(ResourceFeeds.Format.RSS, type(type), parameters);
	}

	@GetMapping("/flux/ressources/{type}.atom")
	ResponseEntity<String> typeAtom(@PathVariable String type, @RequestParam MultiValueMap<String, String> parameters) {
		return feed(ResourceFeeds.Format.ATOM, type(type), parameters);
	}

	private static ResourceType type(String slug) {
		return ResourceType.ofSlug(slug)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ResponseEntity<String> feed(ResourceFeeds.Format format, ResourceType type,
			MultiValueMap<String, String> parameters) {
		ResourceQuery query = ResourceQuery.from(parameters);
		if (type != null) {
			query = query.withTypes(Set.of(type));
		}
		Instant now = clock.instant();
		List<ResourceHit> hits = search.latest(query, SIZE, now);
		ResourceFeeds.Document document = feeds.write(format, type, query, hits, LocaleContextHolder.getLocale());
		// With an ETag and Last-Modified on a 200, Spring MVC answers a matching If-None-Match (or
		// If-Modified-Since) with 304 and no body.
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.mediaType))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.eTag(document.etag());
		if (document.lastModified() != null) {
			response.lastModified(document.lastModified());
		}
		return response.body(document.xml());
	}

}
