package org.gide.resources.indicators;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.gide.resources.ResourceType;
import org.gide.resources.item.Licence;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.workflow.ResourceState;

/** Items of the resource centre written through {@link ResourceItems} (JPA), for the measures' tests. */
public final class MeasureFixtures {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private MeasureFixtures() {
	}

	public static long next() {
		return SEQ.incrementAndGet();
	}

	/** A valid item of the type (its required specific fields filled), in DRAFT. */
	public static ResourceItem draft(ResourceType type, String title) {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		ResourceItem item = new ResourceItem(type, "une-ressource", title, Licence.CC_BY_SA, null, "Test", now);
		item.setSummary("Résumé");
		switch (type) {
			case ARTICLE -> item.setArticleKind(ResourceItem.ArticleKind.SOCIAL);
			case DELIVERABLE -> {
				item.setDeliverableId(next());
				item.setCallId(1L);
				item.setDossierId(2L);
				item.setLinkUrl("https://exemple.fr/livrable.pdf");
			}
			case IMPACT_STUDY -> {
				item.setExperimentName("Expérimentation");
				item.setResults("Des résultats");
			}
			case OFFER -> {
				item.setOfferKind(ResourceItem.OfferKind.JOB);
				item.setContactEmail("contact@exemple.fr");
				item.setExpiresAt(now.plus(30, ChronoUnit.DAYS));
			}
			case FUNDING_CALL -> {
				item.setFunder("Fondation");
				item.setLinkUrl("https://exemple.fr/appel");
				item.setExpiresAt(now.plus(30, ChronoUnit.DAYS));
			}
			case METHOD -> {
				item.setPurpose("<p>Animer</p>");
				item.setAudience("<p>Associations</p>");
				item.setUsage("<p>Mode d’emploi</p>");
			}
			case COMMONS -> {
				item.setCommonsResource("Un jardin");
				item.setCommonsCommunity("Les voisins");
				item.setCommonsRules("Ouvert à tous");
				item.setCommonsGovernance("Assemblée");
			}
			case STUDENT_WORK -> {
				item.setInstitution("Université de Nîmes");
				item.setAcademicYear("2025-2026");
			}
			default -> {
			}
		}
		return item;
	}

	/** The item first published at {@code at}, in {@code state} (PUBLISHED or UNPUBLISHED), by these organisations. */
	public static ResourceItem published(ResourceItem item, Instant at, ResourceState state, List<Long> organisations) {
		item.setState(state);
		item.setPublishedAt(at);
		item.setLastPublishedAt(at);
		item.setOrganisationIds(organisations);
		return item;
	}

}
