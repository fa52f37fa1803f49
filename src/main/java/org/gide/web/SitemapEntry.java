package org.gide.web;

import java.time.Instant;

/**
 * One public page of {@code /sitemap.xml}: its path ({@code /ressources/articles}, starting with a slash, query
 * allowed) and when its content last changed (null: unknown, no {@code <lastmod>}).
 */
public record SitemapEntry(String path, Instant lastModified) {

	public SitemapEntry {
		if (path == null || !path.startsWith("/")) {
			throw new IllegalArgumentException("a sitemap path starts with /: " + path);
		}
	}

}
