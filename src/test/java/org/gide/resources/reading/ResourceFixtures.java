package org.gide.resources.reading;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.gide.resources.ResourceType;
import org.gide.resources.item.Licence;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.workflow.ResourceState;

/** Valid items of every type for the reading tests (as {@code ResourceSkeletonTest.valid}). */
final class ResourceFixtures {

	private static final AtomicLong DELIVERABLES = new AtomicLong(500_000_000L + System.nanoTime() % 100_000_000L);

	private ResourceFixtures() {
	}

	static ResourceItem item(ResourceType type, String slug, String title, Instant now) {
		ResourceItem item = new ResourceItem(type, slug, title, Licence.CC_BY_SA, null, "Test", now);
		item.setSummary("Résumé de " + title);
		item.setBody("<p>Corps de " + title + "</p>");
		switch (type) {
			case NEWS -> {
				item.setSourceName("Le Journal du Gard");
				item.setLinkUrl("https://exemple.fr/article");
			}
			case ARTICLE -> {
				item.setArticleKind(ResourceItem.ArticleKind.RESEARCH);
				item.setAuthorNames("A. Martin, B. Durand");
			}
			case METHOD -> {
				item.setPurpose("<p>Animer une réunion</p>");
				item.setAudience("<p>Associations</p>");
				item.setUsage("<p>Mode d’emploi</p>");
				item.setOrigin(ResourceItem.Origin.FROM_EXPERIMENT);
			}
			case COMMONS -> {
				item.setCommonsResource("Un jardin");
				item.setCommonsCommunity("Les voisins");
				item.setCommonsRules("Ouvert à tous");
				item.setCommonsGovernance("Assemblée mensuelle");
				item.setOrigin(ResourceItem.Origin.CREATED);
			}
			case DELIVERABLE -> {
				item.setDeliverableId(DELIVERABLES.incrementAndGet());
				item.setCallId(1L);
				item.setDossierId(2L);
				item.setLinkUrl("https://exemple.fr/livrable.pdf");
			}
			case IMPACT_STUDY -> {
				item.setExperimentName("Cantine partagée");
				item.setEvaluationMethod("Entretiens");
				item.setResults("Des résultats");
				item.setLearnings("Des apprentissages");
				item.setPitfalls("Des écueils");
			}
			case OFFER -> {
				item.setOfferKind(ResourceItem.OfferKind.CIVIC_SERVICE);
				item.setContract("Service civique 8 mois");
				item.setWorkingTime("24 h");
				item.setCommuneCode("30189");
				item.setContactEmail("contact@exemple.fr");
				item.setExpiresAt(now.plus(30, ChronoUnit.DAYS));
			}
			case FUNDING_CALL -> {
				item.setFunder("Fondation");
				item.setExpiresAt(now.plus(60, ChronoUnit.DAYS));
				item.setAmountMin(new BigDecimal("1000.00"));
				item.setAmountMax(new BigDecimal("15000.50"));
				item.setEligibility("Associations du Gard");
				item.setLinkUrl("https://exemple.fr/appel");
			}
			case STUDENT_WORK -> {
				item.setInstitution("Université de Nîmes");
				item.setDegree("Master ESS");
				item.setAcademicYear("2025-2026");
				item.setAuthorNames("C. Petit");
				item.setSupervisor("D. Grand");
			}
		}
		return item;
	}

	/** Marks the item PUBLISHED at {@code at}. */
	static ResourceItem published(ResourceItem item, Instant at) {
		item.setState(ResourceState.PUBLISHED);
		item.setPublishedAt(at);
		item.setLastPublishedAt(at);
		return item;
	}

}
