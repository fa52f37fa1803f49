package org.gide.resources.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.directory.Sector;
import org.gide.resources.ResourceType;
import org.gide.resources.item.Licence;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItem.ArticleKind;
import org.gide.resources.item.ResourceItem.OfferKind;
import org.gide.resources.item.ResourceItem.Origin;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.workflow.EditorialAction;
import org.gide.resources.workflow.EditorialWorkflow;

/**
 * Demo content ({@code gide.demo.enabled}): a few clearly fictitious resources of several types, published through
 * the editorial workflow (logged as the application), so that the listings, the search, the feeds and the sitemap
 * of {@code ./mvnw spring-boot:run} are not empty. Created once: recognised by their slugs ({@code demo-…}).
 */
@Component
class DemoResources {

	private static final Logger log = LoggerFactory.getLogger(DemoResources.class);

	private final ResourceItems items;

	private final EditorialWorkflow workflow;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	DemoResources(ResourceItems items, EditorialWorkflow workflow, JdbcTemplate jdbc, TransactionTemplate transactions,
			ObjectProvider<Clock> clock, @Value("${gide.demo.enabled:false}") boolean enabled) {
		this.items = items;
		this.workflow = workflow;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(40)
	void createOnce() {
		if (!enabled || Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from resource_item where slug like 'demo-%')", Boolean.class))) {
			return;
		}
		transactions.executeWithoutResult(status -> create());
		log.info("Demo resources created: /ressources");
	}

	private void create() {
		Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
		publish(ResourceType.METHOD, "demo-la-decision-par-consentement",
				"La décision par consentement (démo)", Licence.CC_BY_SA, Set.of(Sector.ACTION_SOCIALE),
				Set.of("gouvernance", "décision"), item -> {
					item.setSummary("Démo : une méthode pour décider à plusieurs sans vote ni veto, utilisée par des "
							+ "coopératives et des associations du Gard.");
					item.setPurpose("<p>Prendre des décisions collectives qui tiennent compte des objections.</p>");
					item.setAudience("<p>Conseils d’administration, équipes, comités de pilotage d’un commun.</p>");
					item.setUsage("<p>Proposition, questions de clarification, réactions, objections, "
							+ "amendements, décision.</p>");
					item.setOrigin(Origin.EXISTING);
				});
		publish(ResourceType.COMMONS, "demo-la-cuisine-partagee-des-vallees",
				"La cuisine partagée des vallées (démo)", Licence.CC_BY, Set.of(Sector.HEBERGEMENT_RESTAURATION),
				Set.of("alimentation", "tiers-lieu"), item -> {
					item.setSummary("Démo : une cuisine professionnelle ouverte aux associations et aux producteurs.");
					item.setCommonsResource("<p>Une cuisine équipée et son planning partagé.</p>");
					item.setCommonsCommunity("<p>Six associations, deux producteurs et une épicerie solidaire.</p>");
					item.setCommonsRules("<p>Réservation par demi-journée, contribution selon les moyens.</p>");
					item.setCommonsGovernance("<p>Un collège par type d’usager, réunion mensuelle.</p>");
					item.setOrigin(Origin.CREATED);
				});
		publish(ResourceType.ARTICLE, "demo-pourquoi-des-appels-a-communs",
				"Pourquoi des appels à commun(s) plutôt que des appels à projets ? (démo)",
				Licence.LICENCE_OUVERTE, Set.of(), Set.of("coopération"), item -> {
					item.setSummary("Démo : coopérer plutôt que se concurrencer, ce que change l’appel à commun(s).");
					item.setBody("<p>Les appels à projets mettent parfois les structures en concurrence. L’appel à "
							+ "commun(s) invite au contraire plusieurs structures à construire ensemble une réponse "
							+ "à un besoin du territoire.</p>");
					item.setArticleKind(ArticleKind.POLITICAL);
					item.setAuthorNames("Mission ESS (démo)");
				});
		publish(ResourceType.OFFER, "demo-coordinatrice-ou-coordinateur-de-tiers-lieu",
				"Coordinatrice ou coordinateur de tiers-lieu (démo)", Licence.CC_BY, Set.of(Sector.SERVICES_DIVERS),
				Set.of("emploi"), item -> {
					item.setSummary("Démo : offre fictive d’emploi à temps partiel dans un tiers-lieu rural.");
					item.setOfferKind(OfferKind.JOB);
					item.setContract("CDD 12 mois");
					item.setWorkingTime("28 h par semaine");
					item.setContactEmail("recrutement@exemple.org");
					item.setExpiresAt(now.plus(60, ChronoUnit.DAYS));
				});
		publish(ResourceType.FUNDING_CALL, "demo-fonds-pour-les-mobilites-solidaires",
				"Fonds pour les mobilités solidaires (démo)", Licence.LICENCE_OUVERTE, Set.of(Sector.ACTION_SOCIALE),
				Set.of("mobilité", "financement"), item -> {
					item.setSummary("Démo : appel fictif d’une fondation pour des projets de transport solidaire.");
					item.setFunder("Fondation fictive des mobilités");
					item.setAmountMin(new BigDecimal("5000"));
					item.setAmountMax(new BigDecimal("30000"));
					item.setEligibility("<p>Associations et coopératives du Gard.</p>");
					item.setLinkUrl("https://exemple.org/appel-mobilites");
					item.setExpiresAt(now.plus(45, ChronoUnit.DAYS));
				});
	}

	private void publish(ResourceType type, String slug, String title, Licence licence, Set<Sector> sectors,
			Set<String> tags, Consumer<ResourceItem> fill) {
		Instant now = clock.instant();
		ResourceItem item = new ResourceItem(type, slug, title, licence, null, "Gide (démo)", now);
		item.setSectors(sectors);
		item.setTags(tags);
		item.setOrganisationIds(List.of());
		fill.accept(item);
		long id = items.store(item).getId();
		workflow.applyAsSystem(id, EditorialAction.PUBLISH, "");
	}

}
