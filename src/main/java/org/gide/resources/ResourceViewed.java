package org.gide.resources;

import java.time.Instant;

/**
 * The public page of a PUBLISHED item was served (GET, status 200) to someone who is neither one of its authors nor
 * the committee. Published by the reading part, counted without cookies by the views part (docs/resources.md § 6),
 * which also drops prefetches and robots: {@code purpose} is the {@code Sec-Purpose} or {@code Purpose} header,
 * null when absent. Synchronous, in no transaction.
 */
public record ResourceViewed(long itemId, String remoteAddress, String userAgent, String purpose, Instant at) {
}
