package org.gide.resources;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of resource, each with its URL slug ({@code /ressources/{slug}}) and its label
 * ({@code resources.type.<NAME>} in {@code i18n/resources}). See {@code docs/resources.md} section 1.
 */
public enum ResourceType {

	NEWS("actualites"),
	ARTICLE("articles"),
	METHOD("methodes-et-outils"),
	COMMONS("communs"),
	DELIVERABLE("livrables"),
	IMPACT_STUDY("etudes-d-impact"),
	OFFER("offres"),
	FUNDING_CALL("appels-a-projets"),
	STUDENT_WORK("travaux-etudiants");

	private final String slug;

	ResourceType(String slug) {
		this.slug = slug;
	}

	/** The URL segment of the type's listing and pages. */
	public String slug() {
		return slug;
	}

	/** The message key of the type's label. */
	public String labelKey() {
		return "resources.type." + name();
	}

	/** Items of these types leave listings once {@code expires_at} is past (and must have one). */
	public boolean expires() {
		return this == OFFER || this == FUNDING_CALL;
	}

	public static Optional<ResourceType> ofSlug(String slug) {
		return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
	}

}
