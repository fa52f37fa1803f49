package org.gide.resources.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.calls.dossiers.DossierFixtures;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.directory.Sector;
import org.gide.resources.ResourceType;
import org.gide.resources.ResourceViewed;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;

/**
 * The reading pages over real HTTP: listings and search, the item page with its fields, canonical redirects,
 * expired items, preview rights (an administrator of another organisation cannot see a draft by guessing its id),
 * the {@link ResourceViewed} event, and the rebuild of the resources' index alone.
 */
class ResourcePagesTest extends IntegrationTest {

	@Autowired
	ResourceItems items;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ResourceViewedRecorder viewed;

	@Autowired
	ResourceIndex index;

	@Autowired
	ResourceSearch search;

	@Autowired
	EntityManagerFactory entityManagers;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	@BeforeEach
	void visitors() {
		TestUsers.ensure(accounts);
	}

	private static String uniqueTag() {
		return "page-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
	}

	private ResourceItem store(ResourceItem item, String tag, List<Long> organisationIds) {
		item.setTags(Set.of(tag));
		item.setOrganisationIds(organisationIds);
		return items.store(item);
	}

	@Test
	void aPublishedItemShowsItsFieldsAndIsCountedOncePerPublicView() {
		DossierFixtures.Admin author = DossierFixtures.admin(accounts, organisations, jdbc, "ressource",
				"Coopérative témoin");
		String tag = uniqueTag();
		ResourceItem method = ResourceFixtures.published(
				ResourceFixtures.item(ResourceType.METHOD, "animer-une-reunion", "Animer une réunion coopérative", now),
				now);
		method.setSectors(Set.of(Sector.AGRICULTURE));
		long territory = jdbc.queryForObject("select min(id) from territory", Long.class);
		String territorySlug = jdbc.queryForObject("select slug from territory where id = ?", String.class, territory);
		method.setTerritoryIds(Set.of(territory));
		method = store(method, tag, List.of(author.organisationId()));
		String path = "/ressources/methodes-et-outils/" + method.getId() + "-animer-une-reunion";

		HttpResponse<String> page = web().get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Animer une réunion coopérative", "Méthode ou outil", "À quoi ça sert",
				"Animer une réunion", "Pour qui", "Comment s’en servir", "Issu d’une expérimentation",
				"Creative Commons Attribution – Partage dans les mêmes conditions (CC BY-SA)",
				"href=\"/annuaire/" + author.organisationId() + "\"", author.organisationName(),
				"href=\"/ressources/methodes-et-outils?etiquette=" + tag + "\"",
				"href=\"/ressources/methodes-et-outils?secteur=agriculture\"",
				"href=\"/ressources/methodes-et-outils?territoire=" + territorySlug + "\"")
			.doesNotContain("Prévisualisation");
		List<ResourceViewed> events = viewed.of(method.getId());
		assertThat(events).hasSize(1);
		assertThat(events.get(0).remoteAddress()).isNotBlank();
		assertThat(events.get(0).userAgent()).isNotBlank();

		// its contributor and the committee are not counted
		WebClient contributor = DossierFixtures.signIn(baseUrl(), author.email());
		assertThat(contributor.get(path).statusCode()).isEqualTo(200);
		assertThat(TestUsers.signIn(baseUrl(), "editor").get(path).statusCode()).isEqualTo(200);
		assertThat(viewed.of(method.getId())).hasSize(1);
		// a member of no authoring organisation is a reader
		assertThat(TestUsers.signIn(baseUrl(), "member").get(path).statusCode()).isEqualTo(200);
		assertThat(viewed.of(method.getId())).hasSize(2);

		// the listing of its type, filtered by its tag, shows it, with feed links of the same filter
		HttpResponse<String> listing = web().get("/ressources/methodes-et-outils?etiquette=" + tag);
		assertThat(listing.statusCode()).isEqualTo(200);
		assertThat(listing.body()).contains("href=\"" + path + "\"", "1 ressource.",
				"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/flux/ressources/methodes-et-outils.atom?etiquette="
						+ tag + "\"",
				"<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/flux/ressources/methodes-et-outils.rss?etiquette="
						+ tag + "\"");
		// the global search finds it without accents, and by organisation
		assertThat(web().get("/ressources?q=reunion+cooperative&etiquette=" + tag).body()).contains(path);
		assertThat(web().get("/ressources?organisation=" + author.organisationId()).body()).contains(path,
				author.organisationName());
		assertThat(web().get("/ressources/articles?etiquette=" + tag).body()).doesNotContain(path)
			.contains("Aucune ressource.");
	}

	@Test
	void addressesWithoutOrWithAWrongSlugOrTypeRedirectToTheCanonicalOne() {
		ResourceItem article = items.store(ResourceFixtures.published(
				ResourceFixtures.item(ResourceType.ARTICLE, "bon-slug", "Un article", now), now));
		String canonical = "/ressources/articles/" + article.getId() + "-bon-slug";
		for (String path : new String[] { "/ressources/articles/" + article.getId(),
				"/ressources/articles/" + article.getId() + "-ancien-slug",
				"/ressources/offres/" + article.getId() + "-bon-slug" }) {
			HttpResponse<String> response = web().get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(301);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(path).endsWith(canonical);
		}
		assertThat(web().get("/ressources/articles/999999999").statusCode()).isEqualTo(404);
		assertThat(web().get("/ressources/articles/999999999-rien").statusCode()).isEqualTo(404);
	}

	@Test
	void aDraftIsPreviewedByItsContributorsAndTheCommitteeOnly() {
		DossierFixtures.Admin author = DossierFixtures.admin(accounts, organisations, jdbc, "brouillon",
				"Coopérative témoin");
		DossierFixtures.Admin other = DossierFixtures.admin(accounts, organisations, jdbc, "autre",
				"Association voisine");
		ResourceItem draft = store(ResourceFixtures.item(ResourceType.NEWS, "un-brouillon", "Un brouillon", now),
				uniqueTag(), List.of(author.organisationId()));
		String path = "/ressources/actualites/" + draft.getId() + "-un-brouillon";

		assertThat(web().get(path).statusCode()).isEqualTo(404);
		assertThat(web().get("/ressources/actualites/" + draft.getId()).statusCode()).isEqualTo(404);
		assertThat(DossierFixtures.signIn(baseUrl(), other.email()).get(path).statusCode()).isEqualTo(404);
		assertThat(TestUsers.signIn(baseUrl(), "member").get(path).statusCode()).isEqualTo(404);

		HttpResponse<String> preview = DossierFixtures.signIn(baseUrl(), author.email()).get(path);
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Prévisualisation — état : Brouillon",
				"href=\"/ressources/contributions/" + draft.getId() + "\"");
		HttpResponse<String> committee = TestUsers.signIn(baseUrl(), "editor").get(path);
		assertThat(committee.statusCode()).isEqualTo(200);
		assertThat(committee.body()).contains("Prévisualisation — état : Brouillon");
		assertThat(viewed.of(draft.getId())).isEmpty();
	}

	@Test
	void anExpiredOfferLeavesTheListingButKeepsItsPage() {
		String tag = uniqueTag();
		ResourceItem offer = ResourceFixtures.published(
				ResourceFixtures.item(ResourceType.OFFER, "offre-passee", "Une offre passée", now),
				now.minus(40, ChronoUnit.DAYS));
		offer.setExpiresAt(now.minus(1, ChronoUnit.DAYS));
		offer = store(offer, tag, List.of());
		ResourceItem call = ResourceFixtures.published(
				ResourceFixtures.item(ResourceType.FUNDING_CALL, "appel-clos", "Un appel clos", now),
				now.minus(40, ChronoUnit.DAYS));
		call.setExpiresAt(now.minus(1, ChronoUnit.DAYS));
		call = store(call, tag, List.of());

		HttpResponse<String> page = web().get("/ressources/offres/" + offer.getId() + "-offre-passee");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Offre expirée", "Service civique", "mailto:contact@exemple.fr");
		HttpResponse<String> callPage = web().get("/ressources/appels-a-projets/" + call.getId() + "-appel-clos");
		assertThat(callPage.statusCode()).isEqualTo(200);
		assertThat(callPage.body()).contains("Date limite dépassée", "Fondation", "Éligibilité");
		assertThat(web().get("/ressources/offres?etiquette=" + tag).body()).doesNotContain("Une offre passée")
			.contains("Aucune ressource.");
		assertThat(web().get("/ressources?etiquette=" + tag).body()).doesNotContain("Un appel clos");
	}

	@Test
	void aDeliverableLinksToItsLaureate() {
		ResourceItem deliverable = items.store(ResourceFixtures.published(
				ResourceFixtures.item(ResourceType.DELIVERABLE, "un-livrable", "Un livrable", now), now));
		HttpResponse<String> page = web().get("/ressources/livrables/" + deliverable.getId() + "-un-livrable");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("href=\"/laureats/2\"", "href=\"https://exemple.fr/livrable.pdf\"");
		assertThat(web().get("/ressources/livrables").body()).contains("href=\"/laureats\"");
	}

	@Test
	void theResourcesIndexIsRebuiltAloneWhenItDisagreesWithTheTable() {
		String tag = uniqueTag();
		ResourceItem item = store(ResourceFixtures.published(
				ResourceFixtures.item(ResourceType.NEWS, "a-reindexer", "À réindexer", now), now), tag, List.of());
		long organisation = organisations.create(OrganisationDraft.named("Organisation hors index " + tag)).id();
		Class<?> organisationClass = Search.mapping(entityManagers)
			.allIndexedEntities()
			.stream()
			.filter(e -> e.jpaName().equals("Organisation"))
			.findFirst()
			.orElseThrow()
			.javaClass();
		// both documents leave the index, as if it had missed them
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			session.indexingPlan().purge(ResourceItem.class, item.getId(), null);
			session.indexingPlan().purge(organisationClass, organisation, null);
			session.indexingPlan().execute();
		}
		assertThat(search.count(ResourceQuery.from(java.util.Map.of("etiquette", tag)), now)).isZero();
		assertThat(index.needsRebuild()).isTrue();

		index.rebuild();

		assertThat(index.needsRebuild()).isFalse();
		assertThat(search.count(ResourceQuery.from(java.util.Map.of("etiquette", tag)), now)).isEqualTo(1);
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			// the directory's index was not rebuilt: its missing document is still missing
			assertThat(session.search(organisationClass).where(f -> f.id().matching(organisation)).fetchTotalHitCount())
				.isZero();
			session.indexingPlan().addOrUpdate(em.find(organisationClass, organisation));
			session.indexingPlan().execute();
			assertThat(session.search(organisationClass).where(f -> f.id().matching(organisation)).fetchTotalHitCount())
				.isEqualTo(1);
		}
	}

}
