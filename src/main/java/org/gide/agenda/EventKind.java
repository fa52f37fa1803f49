package org.gide.agenda;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of event of the agenda, each with its URL slug ({@code /agenda/{slug}}) and its label
 * ({@code agenda.kind.<NAME>} in {@code i18n/agenda}). See {@code docs/agenda.md} section 1.
 */
public enum EventKind {

	/** A session of the shared training programme (action 1.2). */
	TRAINING("formations"),
	/** A meeting of the réseau on one territory, general or thematic (action 3.2). */
	TERRITORIAL_MEETING("rencontres-territoriales"),
	/** A presentation workshop of an appel à commun(s), mirrored from the calls module (action 1.1). */
	CALL_WORKSHOP("ateliers-appels"),
	/** An awareness session for the Département's agents and elected officials (action 2.5). */
	AWARENESS("sensibilisation"),
	/** A drop-in support permanence, usually recurring (action 3.2). */
	PERMANENCE("permanences");

	private final String slug;

	EventKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public String labelKey() {
		return "agenda.kind." + name();
	}

	public static Optional<EventKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
	}

}
