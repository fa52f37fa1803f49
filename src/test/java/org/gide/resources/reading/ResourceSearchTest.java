package org.gide.resources.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;

import org.gide.directory.Sector;
import org.gide.resources.ResourceType;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.reading.ResourceSearch.Facet;
import org.gide.resources.reading.ResourceSearch.FacetValue;
import org.gide.resources.workflow.ResourceState;
import org.gide.support.IntegrationTest;

/**
 * The resource search (docs/resources.md § 5) on the real index: French full text, disjunctive facets, only
 * published and unexpired items, and the feeds' and digest's queries.
 */
class ResourceSearchTest extends IntegrationTest {

	@Autowired
	ResourceItems items;

	@Autowired
	ResourceSearch search;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

	/** A tag no other test uses: isolates this test's items in the shared index. */
	private static String uniqueTag() {
		return "essai-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
	}

	private ResourceItem publish(ResourceType type, String title, String tag, Instant at) {
		ResourceItem item = ResourceFixtures.published(ResourceFixtures.item(type, "une-ressource", title, now), at);
		item.setTags(Set.of(tag));
		return items.store(item);
	}

	private static ResourceQuery query(String... pairs) {
		LinkedMultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.add(pairs[i], pairs[i + 1]);
		}
		return ResourceQuery.from(parameters);
	}

	@Test
	void anUnaccentedWordFindsTheAccentedTitle() {
		String tag = uniqueTag();
		ResourceItem item = publish(ResourceType.ARTICLE, "L’Économie sociale des communs", tag, now);
		publish(ResourceType.ARTICLE, "Autre chose", tag, now);

		List<ResourceHit> hits = search.search(query("q", "economie", "etiquette", tag), now).hits();
		assertThat(hits).extracting(ResourceHit::id).containsExactly(item.getId());
		ResourceHit hit = hits.get(0);
		assertThat(hit.title()).isEqualTo("L’Économie sociale des communs");
		assertThat(hit.type()).isEqualTo(ResourceType.ARTICLE);
		assertThat(hit.path()).isEqualTo("/ressources/articles/" + item.getId() + "-une-ressource");
		assertThat(hit.body()).isEqualTo("<p>Corps de L’Économie sociale des communs</p>");
		assertThat(hit.tags()).containsExactly(tag);
		// the body and the type's specific texts are searched too
		assertThat(search.search(query("q", "martin", "etiquette", tag), now).total()).isEqualTo(2);
	}

	@Test
	void onlyPublishedAndUnexpiredItemsComeOut() {
		String tag = uniqueTag();
		ResourceItem published = publish(ResourceType.OFFER, "Offre ouverte", tag, now);
		ResourceItem expired = ResourceFixtures.published(
				ResourceFixtures.item(ResourceType.OFFER, "offre-expiree", "Offre expirée", now), now);
		expired.setExpiresAt(now.minusSeconds(60));
		expired.setTags(Set.of(tag));
		items.store(expired);
		ResourceItem draft = ResourceFixtures.item(ResourceType.NEWS, "brouillon", "Brouillon", now);
		draft.setTags(Set.of(tag));
		items.store(draft);
		ResourceItem unpublished = ResourceFixtures.published(
				ResourceFixtures.item(ResourceType.NEWS, "depubliee", "Dépubliée", now), now);
		unpublished.setState(ResourceState.UNPUBLISHED);
		unpublished.setTags(Set.of(tag));
		items.store(unpublished);

		ResourceQuery byTag = query("etiquette", tag);
		assertThat(search.search(byTag, now).hits()).extracting(ResourceHit::id).containsExactly(published.getId());
		assertThat(search.latest(byTag, 50, now)).extracting(ResourceHit::id).containsExactly(published.getId());
		assertThat(search.allPublic(now)).extracting(PublicResource::id)
			.contains(published.getId())
			.doesNotContain(expired.getId(), draft.getId(), unpublished.getId());
		// the expired offer was still public before its expiry
		assertThat(search.search(byTag, now.minusSeconds(120)).total()).isEqualTo(2);
	}

	@Test
	void aStateChangeThroughJpaIsSearchableRightAfterItsTransaction() {
		String tag = uniqueTag();
		ResourceItem draft = ResourceFixtures.item(ResourceType.METHOD, "methode", "Méthode d’animation", now);
		draft.setTags(Set.of(tag));
		long id = items.store(draft).getId();
		assertThat(search.count(query("etiquette", tag), now)).isZero();

		ResourceItem item = items.find(id).orElseThrow();
		ResourceFixtures.published(item, now);
		items.store(item);
		assertThat(search.search(query("etiquette", tag, "q", "methode animation"), now).hits())
			.extracting(ResourceHit::id)
			.containsExactly(id);
	}

	@Test
	void facetsAreDisjunctiveAndFiltersCombine() {
		String tag = uniqueTag();
		ResourceItem a = publish(ResourceType.ARTICLE, "Article agricole", tag, now);
		a.setSectors(Set.of(Sector.AGRICULTURE));
		a.setOrganisationIds(List.of(910_001L, 910_002L));
		items.store(a);
		ResourceItem b = publish(ResourceType.NEWS, "Actualité sociale", tag, now.minusSeconds(10));
		b.setSectors(Set.of(Sector.ACTION_SOCIALE));
		b.setOrganisationIds(List.of(910_002L));
		items.store(b);
		ResourceItem c = publish(ResourceType.NEWS, "Actualité agricole", tag, now.minusSeconds(20));
		c.setSectors(Set.of(Sector.AGRICULTURE));
		items.store(c);

		ResourceSearch.Result agricultural = search.search(query("etiquette", tag, "secteur", "agriculture"), now);
		assertThat(agricultural.hits()).extracting(ResourceHit::id).containsExactly(a.getId(), c.getId());
		// the sector's own counts ignore its selection, so that a second sector can be added
		assertThat(agricultural.facets().get(Facet.SECTOR)).contains(new FacetValue("agriculture", 2, true),
				new FacetValue("action_sociale", 1, false));
		// the other facets count within the selection
		assertThat(agricultural.facets().get(Facet.TYPE)).containsExactlyInAnyOrder(
				new FacetValue("articles", 1, false), new FacetValue("actualites", 1, false));
		ResourceSearch.Result both = search
			.search(query("etiquette", tag, "secteur", "agriculture", "secteur", "action_sociale"), now);
		assertThat(both.total()).isEqualTo(3);
		assertThat(search.search(query("etiquette", tag, "secteur", "agriculture", "type", "actualites"), now).hits())
			.extracting(ResourceHit::id)
			.containsExactly(c.getId());
		ResourceSearch.Result byOrganisation = search.search(query("etiquette", tag, "organisation", "910002"), now);
		assertThat(byOrganisation.hits()).extracting(ResourceHit::id).containsExactly(a.getId(), b.getId());
		assertThat(byOrganisation.hits().get(0).organisationIds()).containsExactly(910_001L, 910_002L);
		assertThat(search.search(query("etiquette", tag, "etiquette", "inconnue-" + tag), now).total()).isEqualTo(3);
	}

	@Test
	void theDigestQueryTakesTheWeekOfLastPublication() {
		String tag = uniqueTag();
		Instant monday = now.minus(3, ChronoUnit.DAYS);
		ResourceItem inWeek = publish(ResourceType.NEWS, "Dans la semaine", tag, monday.minus(2, ChronoUnit.DAYS));
		publish(ResourceType.NEWS, "Avant", tag, monday.minus(8, ChronoUnit.DAYS));
		publish(ResourceType.NEWS, "Après", tag, monday.plusSeconds(1));
		assertThat(search.publishedBetween(query("etiquette", tag), monday.minus(7, ChronoUnit.DAYS), monday, now))
			.extracting(ResourceHit::id)
			.containsExactly(inWeek.getId());
	}

	@Test
	void theQueryStringIsCanonicalAndIgnoresTheUnknown() {
		ResourceQuery query = ResourceQuery.from(Map.of("q", new String[] { " économie " }, "type",
				new String[] { "offres", "articles", "inconnu" }, "secteur", new String[] { "AGRICULTURE", "x" },
				"etiquette", new String[] { "Zeta", "alpha", "" }, "organisation", new String[] { "12", "3", "abc" },
				"territoire", new String[] { "uzege", "Pas un slug" }, "page", new String[] { "2" }));
		assertThat(query.toQueryString()).isEqualTo(
				"q=%C3%A9conomie&type=articles&type=offres&secteur=agriculture&territoire=uzege&etiquette=alpha"
						+ "&etiquette=zeta&organisation=3&organisation=12");
		assertThat(query.toQueryString(true)).endsWith("&page=2");
		assertThat(ResourceQuery.parse(query.toQueryString())).isEqualTo(query.withPage(1));
		assertThat(ResourceQuery.from(Map.of()).toQueryString()).isEmpty();
	}

}
