package org.gide.resources.reading;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;

import org.gide.directory.OrganisationNames;
import org.gide.resources.ResourceType;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourcePaths;
import org.gide.resources.workflow.ResourceState;

import static org.gide.resources.reading.ResourceSearchMapping.*;

/**
 * Searches the resource index with a {@link ResourceQuery} (docs/resources.md § 5). Only PUBLISHED items whose
 * expiry is absent or after {@code now} ever come out, whatever the query. French full text (title weighs 3,
 * summary 2, body and specific texts 1), facets type, sector, territory, tag and organisation: AND between facets,
 * OR within one, counts disjunctive (a facet's counts ignore its own selection), like {@code /annuaire}. Hits are
 * projections of the index; only the organisations' names are read (through the directory).
 */
@Service
public class ResourceSearch {

	public static final int PAGE_SIZE = 20;

	public static final int MAX_PAGE = 500;

	private final EntityManagerFactory entityManagers;

	private final OrganisationNames organisationNames;

	ResourceSearch(EntityManagerFactory entityManagers, OrganisationNames organisationNames) {
		this.entityManagers = entityManagers;
		this.organisationNames = organisationNames;
	}

	/** The facets, by their URL parameter, with how many values their counts list at most. */
	public enum Facet {

		TYPE("type", ResourceSearchMapping.TYPE, 20), SECTOR("secteur", ResourceSearchMapping.SECTOR, 20),
		TERRITORY("territoire", ResourceSearchMapping.TERRITORY, 50), TAG("etiquette", ResourceSearchMapping.TAG, 30),
		ORGANISATION("organisation", ResourceSearchMapping.ORGANISATION, 30);

		private final String parameter;

		private final String field;

		private final int size;

		Facet(String parameter, String field, int size) {
			this.parameter = parameter;
			this.field = field;
			this.size = size;
		}

		public String parameter() {
			return parameter;
		}

		/** The values of this facet the query selects, as the index (and the URL) holds them. */
		public Set<String> selected(ResourceQuery query) {
			return switch (this) {
				case TYPE -> query.types().stream().map(ResourceType::slug).collect(Collectors.toSet());
				case SECTOR -> query.sectors()
					.stream()
					.map(s -> s.name().toLowerCase(Locale.ROOT))
					.collect(Collectors.toSet());
				case TERRITORY -> query.territories();
				case TAG -> query.tags();
				case ORGANISATION -> query.organisations().stream().map(String::valueOf).collect(Collectors.toSet());
			};
		}

	}

	/** One value of a facet: how many items have it under the other filters, and whether it is selected. */
	public record FacetValue(String value, long count, boolean selected) {
	}

	/** A page of results with the facets' counts (every facet, in {@link Facet} order). */
	public record Result(ResourceQuery query, long total, int page, int pages, List<ResourceHit> hits,
			Map<Facet, List<FacetValue>> facets) {

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}

	}

	/** The requested page (clamped to the last one), by relevance with text, else newest first; with facets. */
	public Result search(ResourceQuery query, Instant now) {
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			Map<Facet, AggregationKey<Map<String, Long>>> inMain = new EnumMap<>(Facet.class);
			List<Facet> disjunctive = new ArrayList<>();
			for (Facet facet : Facet.values()) {
				if (facet.selected(query).isEmpty()) {
					inMain.put(facet, AggregationKey.of(facet.parameter()));
				}
				else {
					disjunctive.add(facet);
				}
			}
			var main = session.search(ResourceItem.class)
				.select(f -> hit(f))
				.where((f, root) -> filters(f, root::add, query, null, now))
				.sort(f -> sort(f, query));
			for (Map.Entry<Facet, AggregationKey<Map<String, Long>>> entry : inMain.entrySet()) {
				Facet facet = entry.getKey();
				main = main.aggregation(entry.getValue(),
						f -> f.terms().field(facet.field, String.class).maxTermCount(facet.size));
			}
			int requested = Math.min(query.page(), MAX_PAGE);
			SearchResult<Object[]> result = main.fetch((requested - 1) * PAGE_SIZE, PAGE_SIZE);
			long total = result.total().hitCount();
			int pages = (int) Math.min(MAX_PAGE, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
			List<Object[]> rows = result.hits();
			if (requested > pages) {
				requested = pages;
				rows = session.search(ResourceItem.class)
					.select(f -> hit(f))
					.where((f, root) -> filters(f, root::add, query, null, now))
					.sort(f -> sort(f, query))
					.fetchHits((requested - 1) * PAGE_SIZE, PAGE_SIZE);
			}
			Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
			for (Map.Entry<Facet, AggregationKey<Map<String, Long>>> entry : inMain.entrySet()) {
				facets.put(entry.getKey(), values(result.aggregation(entry.getValue()), Set.of()));
			}
			for (Facet facet : disjunctive) {
				AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.parameter());
				SearchResult<Long> counts = session.search(ResourceItem.class)
					.select(f -> f.id(Long.class))
					.where((f, root) -> filters(f, root::add, query, facet, now))
					.aggregation(key, f -> f.terms().field(facet.field, String.class).maxTermCount(facet.size))
					.fetch(0);
				facets.put(facet, values(counts.aggregation(key), facet.selected(query)));
			}
			Map<Facet, List<FacetValue>> ordered = new LinkedHashMap<>();
			for (Facet facet : Facet.values()) {
				ordered.put(facet, facets.get(facet));
			}
			return new Result(query.withPage(requested), total, requested, pages, toHits(rows), ordered);
		}
	}

	/** At most {@code max} items of the query (page ignored), newest {@code last_published_at} first: feeds. */
	public List<ResourceHit> latest(ResourceQuery query, int max, Instant now) {
		try (EntityManager em = entityManagers.createEntityManager()) {
			return toHits(Search.session(em)
				.search(ResourceItem.class)
				.select(f -> hit(f))
				.where((f, root) -> filters(f, root::add, query, null, now))
				.sort(f -> f.field(LAST_PUBLISHED).desc().then().field(TITLE_SORT))
				.fetchHits(Math.max(0, max)));
		}
	}

	/**
	 * The items of the query whose {@code last_published_at} is in [{@code from}, {@code to}) and that are still
	 * published and unexpired at {@code now}, newest first (the weekly digest; at most 1 000).
	 */
	public List<ResourceHit> publishedBetween(ResourceQuery query, Instant from, Instant to, Instant now) {
		try (EntityManager em = entityManagers.createEntityManager()) {
			return toHits(Search.session(em)
				.search(ResourceItem.class)
				.select(f -> hit(f))
				.where((f, root) -> {
					filters(f, root::add, query, null, now);
					root.add(f.range().field(LAST_PUBLISHED).atLeast(from));
					root.add(f.range().field(LAST_PUBLISHED).lessThan(to));
				})
				.sort(f -> f.field(LAST_PUBLISHED).desc().then().field(TITLE_SORT))
				.fetchHits(1000));
		}
	}

	/** Every published, unexpired item in brief (the sitemap), newest first. */
	public List<PublicResource> allPublic(Instant now) {
		List<PublicResource> all = new ArrayList<>();
		try (EntityManager em = entityManagers.createEntityManager()) {
			try (SearchScroll<PublicResource> scroll = Search.session(em)
				.search(ResourceItem.class)
				.select(f -> f.composite()
					.from(f.field(TYPE, String.class), f.id(Long.class), f.field(SLUG, String.class),
							f.field(LAST_PUBLISHED, Instant.class))
					.asArray(v -> new PublicResource(ResourceType.ofSlug((String) v[0]).orElseThrow(), (Long) v[1],
							(String) v[2], (Instant) v[3])))
				.where((f, root) -> filters(f, root::add, ResourceQuery.everything(), null, now))
				.sort(f -> f.field(LAST_PUBLISHED).desc())
				.scroll(1000)) {
				for (SearchScrollResult<PublicResource> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
					all.addAll(chunk.hits());
				}
			}
		}
		return all;
	}

	/** How many published, unexpired items the query finds. */
	public long count(ResourceQuery query, Instant now) {
		try (EntityManager em = entityManagers.createEntityManager()) {
			return Search.session(em)
				.search(ResourceItem.class)
				.where((f, root) -> filters(f, root::add, query, null, now))
				.fetchTotalHitCount();
		}
	}

	/** Every word must be found in one of the fields (AND); the simple query syntax is kept. */
	static PredicateFinalStep text(SearchPredicateFactory f, String text) {
		return f.simpleQueryString()
			.field(TITLE)
			.boost(3f)
			.field(SUMMARY)
			.boost(2f)
			.field(ResourceSearchMapping.TEXT)
			.matching(text)
			.defaultOperator(BooleanOperator.AND);
	}

	/** The public filter (published, unexpired) and the query's clauses; {@code without} leaves that facet out. */
	private static void filters(SearchPredicateFactory f, Consumer<PredicateFinalStep> root, ResourceQuery query,
			Facet without, Instant now) {
		root.accept(f.match().field(STATE).matching(ResourceState.PUBLISHED.name()));
		root.accept(f.or(f.not(f.exists().field(EXPIRES)), f.range().field(EXPIRES).greaterThan(now)));
		if (query.q() != null) {
			root.accept(text(f, query.q()));
		}
		for (Facet facet : Facet.values()) {
			Set<String> values = facet.selected(query);
			if (facet != without && !values.isEmpty()) {
				root.accept(f.terms().field(facet.field).matchingAny(values));
			}
		}
	}

	private static SortFinalStep sort(SearchSortFactory f, ResourceQuery query) {
		return query.q() == null ? f.field(LAST_PUBLISHED).desc().then().field(TITLE_SORT)
				: f.score().then().field(LAST_PUBLISHED).desc();
	}

	private static ProjectionFinalStep<Object[]> hit(SearchProjectionFactory<?, ?> f) {
		return f.composite()
			.from(f.id(Long.class), f.field(TYPE, String.class), f.field(SLUG, String.class),
					f.field(TITLE, String.class), f.field(SUMMARY, String.class), f.field(BODY, String.class),
					f.field(PUBLISHED, Instant.class), f.field(LAST_PUBLISHED, Instant.class),
					f.field(EXPIRES, Instant.class), f.field(ORGANISATION_ORDER, String.class),
					f.field(SECTOR, String.class).list(), f.field(TERRITORY, String.class).list(),
					f.field(TAG, String.class).list())
			.asArray();
	}

	@SuppressWarnings("unchecked")
	private List<ResourceHit> toHits(List<Object[]> rows) {
		Map<Long, String> names = new HashMap<>();
		List<ResourceHit> hits = new ArrayList<>(rows.size());
		for (Object[] v : rows) {
			ResourceType type = ResourceType.ofSlug((String) v[1]).orElseThrow();
			long id = (Long) v[0];
			String slug = (String) v[2];
			String order = (String) v[9];
			List<Long> organisations = order == null || order.isEmpty() ? List.of()
					: Arrays.stream(order.split(",")).map(Long::valueOf).toList();
			List<String> organisationLabels = organisations.stream()
				.map(o -> names.computeIfAbsent(o, k -> organisationNames.name(k).orElse("")))
				.toList();
			hits.add(new ResourceHit(id, type, slug, (String) v[3], v[4] == null ? "" : (String) v[4],
					v[5] == null ? "" : (String) v[5], (Instant) v[6], (Instant) v[7], (Instant) v[8], organisations,
					organisationLabels, sortedCopy((List<String>) v[10]), sortedCopy((List<String>) v[11]),
					sortedCopy((List<String>) v[12]), ResourcePaths.page(type, id, slug)));
		}
		return hits;
	}

	private static List<String> sortedCopy(List<String> values) {
		return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).sorted().toList();
	}

	/** Counts by decreasing count; selected values always listed (with 0 when nothing has them any more). */
	private static List<FacetValue> values(Map<String, Long> counts, Set<String> selected) {
		List<FacetValue> values = new ArrayList<>();
		counts.forEach((value, count) -> values.add(new FacetValue(value, count, selected.contains(value))));
		for (String value : selected) {
			if (!counts.containsKey(value)) {
				values.add(new FacetValue(value, 0, true));
			}
		}
		return values;
	}

}
