package org.gide.resources.feeds;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Consumer;

import org.gide.resources.ResourceType;
import org.gide.resources.item.Licence;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.workflow.ResourceState;

/**
 * Items of the resource centre for the following part's tests, stored through {@link ResourceItems} (JPA, so the
 * search index follows): published ones at a given time, drafts, unpublished and expired ones.
 */
public final class ResourceFixtures {

	private final ResourceItems items;

	public ResourceFixtures(ResourceItems items) {
		this.items = items;
	}

	/** A PUBLISHED item of the type, first and last published at {@code at}, tagged {@code tag}. */
	public ResourceItem published(ResourceType type, String title, String tag, Instant at) {
		return published(type, title, tag, at, item -> {
		});
	}

	public ResourceItem published(ResourceType type, String title, String tag, Instant at, Consumer<ResourceItem> more) {
		return stored(type, title, tag, at, item -> {
			item.setState(ResourceState.PUBLISHED);
			item.setPublishedAt(at);
			item.setLastPublishedAt(at);
			more.accept(item);
		});
	}

	/** An item in the given state with no publication (DRAFT, SUBMITTED…). */
	public ResourceItem draft(ResourceType type, String title, String tag, Instant at) {
		return stored(type, title, tag, at, item -> {
		});
	}

	/** An item published once, then unpublished. */
	public ResourceItem unpublished(ResourceType type, String title, String tag, Instant at) {
		return stored(type, title, tag, at, item -> {
			item.setState(ResourceState.UNPUBLISHED);
			item.setPublishedAt(at);
			item.setLastPublishedAt(at);
		});
	}

	private ResourceItem stored(ResourceType type, String title, String tag, Instant at, Consumer<ResourceItem> more) {
		String slug = title.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		ResourceItem item = new ResourceItem(type, slug.isEmpty() ? "ressource" : slug, title, Licence.CC_BY_SA, null,
				"Tests du suivi", at.truncatedTo(ChronoUnit.MICROS));
		item.setSummary("Résumé de « " + title + " ».");
		item.setBody("<p>Corps de <strong>" + title + "</strong></p>");
		item.setTags(Set.of(tag));
		required(item, at);
		more.accept(item);
		return items.store(item);
	}

	/** The type's required specific fields (docs/resources.md § 1); offers and calls expire in a year. */
	private static void required(ResourceItem item, Instant at) {
		switch (item.getType()) {
			case NEWS -> item.setSourceName("Source");
			case ARTICLE -> item.setArticleKind(ResourceItem.ArticleKind.SOCIAL);
			case METHOD -> {
				item.setPurpose("<p>À quoi ça sert</p>");
				item.setAudience("<p>Pour qui</p>");
				item.setUsage("<p>Comment</p>");
			}
			case COMMONS -> {
				item.setCommonsResource("Ressource");
				item.setCommonsCommunity("Communauté");
				item.setCommonsRules("Règles");
				item.setCommonsGovernance("Gouvernance");
			}
			case DELIVERABLE -> {
				item.setDeliverableId(System.nanoTime());
				item.setCallId(1L);
				item.setDossierId(1L);
				item.setLinkUrl("https://exemple.fr/livrable.pdf");
			}
			case IMPACT_STUDY -> {
				item.setExperimentName("Expérimentation");
				item.setResults("Résultats");
			}
			case OFFER -> {
				item.setOfferKind(ResourceItem.OfferKind.JOB);
				item.setContactEmail("offre@exemple.fr");
				item.setExpiresAt(Instant.now().plus(365, ChronoUnit.DAYS));
			}
			case FUNDING_CALL -> {
				item.setFunder("Fondation");
				item.setLinkUrl("https://exemple.fr/appel");
				item.setExpiresAt(Instant.now().plus(365, ChronoUnit.DAYS));
			}
			case STUDENT_WORK -> {
				item.setInstitution("Université de Nîmes");
				item.setAcademicYear("2025-2026");
			}
		}
	}

}
