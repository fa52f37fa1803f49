package org.gide.resources.item;

import java.time.Instant;
import java.util.Map;

/**
 * A snapshot of what readers see of an item, written when a save changed it ({@code resource_revision}). The
 * {@code details} map the label keys of the other fields ({@code resources.field.<name>}: specific fields, licence,
 * sectors, territories, tags, organisations, attachments) to their plain text, in form order, empty ones left out,
 * so that revisions can be compared field by field. {@code body} is the sanitized HTML.
 */
public record ResourceRevision(int number, String authorLabel, Instant createdAt, String title, String summary,
		String body, Map<String, String> details) {

	public ResourceRevision {
		details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
	}

}
