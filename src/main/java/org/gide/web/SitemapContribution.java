package org.gide.web;

import java.util.stream.Stream;

/**
 * What a module adds to {@code /sitemap.xml}: the public pages it serves (paths relative to the public URL), like
 * {@link SecurityContribution} for access rules. The stream is read once per request and closed after.
 */
public interface SitemapContribution {

	Stream<SitemapEntry> entries();

}
