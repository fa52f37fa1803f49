package org.gide.directory.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;

import org.gide.directory.DirectoryQuery;
import org.gide.directory.internal.Organisation;

/**
 * Searches the directory's index with a {@link DirectoryQuery}: French full text, facets (AND between facets, OR
 * within one), a distance filter, three sorts and pages of {@value #PAGE_SIZE}. Closed organisations are left out.
 * Facet counts are disjunctive: the counts of a facet are computed with every filter but its own, so that a second
 * value of the same facet can be added; this takes one query for the page and the unselected facets, plus one count
 * query per facet that has a selection. Nothing is loaded from the database: hits are projections of the index.
 */
@Service
public class DirectorySearch {

	public static final int PAGE_SIZE = 20;

	/** Pages past this are not served (deep pages are costly and nobody reads them: narrow the search instead). */
	public static final int MAX_PAGE = 500;

	private final EntityManagerFactory entityManagers;

	/**
	 * The facet counts of the empty query (the landing page, and the costliest: every document is counted), kept
	 * for {@link #EVERYTHING_TTL_NANOS} or until {@link #forget()}.
	 */
	private volatile Everything everything;

	private static final long EVERYTHING_TTL_NANOS = 30_000_000_000L;

	private record Everything(long total, Map<Facet, List<FacetValue>> facets, long at) {
	}

	/** Forgets cached counts: called when organisations changed. */
	void forget() {
		everything = null;
	}

	DirectorySearch(EntityManagerFactory entityManagers) {
		this.entityManagers = entityManagers;
	}

	/** The facets of the search, by their URL parameter, with how many values their counts list at most. */
	public enum Facet {

		FAMILY("famille", IndexFields.FAMILY, 10), SECTOR("secteur", IndexFields.SECTOR, 20),
		TERRITORY("territoire", IndexFields.TERRITORY, 50), EPCI("epci", IndexFields.EPCI, 100),
		COMMUNE("commune", IndexFields.COMMUNE, 30), INCLUSION("structure", IndexFields.INCLUSION, 20),
		MARKET("marche", IndexFields.MARKET, 10), RESOURCE("ressource", IndexFields.RESOURCE, 2);

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

		/** The values of this facet the query selects, as the index holds them. */
		public Set<String> selected(DirectoryQuery query) {
			return switch (this) {
				case FAMILY -> lower(query.families());
				case SECTOR -> lower(query.sectors());
				case TERRITORY -> query.territories();
				case EPCI -> query.epcis();
				case COMMUNE -> query.communes();
				case INCLUSION -> lower(query.inclusionTypes());
				case MARKET -> lower(query.reservedMarkets());
				case RESOURCE -> query.resourceActorsOnly() ? Set.of(IndexFields.YES) : Set.of();
			};
		}

		private static Set<String> lower(Collection<? extends Enum<?>> values) {
			return values.stream()
				.map(v -> v.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.toCollection(LinkedHashSet::new));
		}

	}

	/** One value of a facet: how many organisations have it under the other filters, and whether it is selected. */
	public record FacetValue(String value, long count, boolean selected) {
	}

	/**
	 * One organisation as the index holds it: what the result list, the API and the exports show (public data only).
	 * {@code distanceKm} is set when the query has a distance filter.
	 */
	public record Hit(long id, String name, String acronym, String family, String sector, String communeCode,
			String communeName, String epci, String territory, String inclusion, List<String> markets,
			boolean resourceActor, Double latitude, Double longitude, Double distanceKm, String siret, String rna,
			String address, String postalCode, String website, String email, String phone) {
	}

	/** A page of results with the facets' counts. */
	public record Result(DirectoryQuery query, long total, int page, int pages, List<Hit> hits,
			Map<Facet, List<FacetValue>> facets) {

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}

	}

	/** The requested page (clamped to the last one) with every facet's counts. */
	public Result search(DirectoryQuery query) {
		return run(query, true);
	}

	/** Only the counts of the facets, and the total. */
	public Result facets(DirectoryQuery query) {
		return run(query, false);
	}

	private Result run(DirectoryQuery query, boolean withHits) {
		SharedCircleFilter circle = circle(query);
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			Everything cached = everything;
			if (query.isEmpty() && cached != null && System.nanoTime() - cached.at() < EVERYTHING_TTL_NANOS) {
				return emptyQuery(session, query, cached, withHits);
			}
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
			var main = session.search(Organisation.class)
				.select(f -> hit(f, query))
				.where((f, root) -> filters(f, root::add, query, null, circle))
				.sort(f -> sort(f, query));
			for (Map.Entry<Facet, AggregationKey<Map<String, Long>>> entry : inMain.entrySet()) {
				Facet facet = entry.getKey();
				main = main.aggregation(entry.getValue(),
						f -> f.terms().field(facet.field, String.class).maxTermCount(facet.size));
			}
			int requested = Math.min(query.page(), MAX_PAGE);
			SearchResult<Hit> result = withHits ? main.fetch((requested - 1) * PAGE_SIZE, PAGE_SIZE) : main.fetch(0);
			long total = result.total().hitCount();
			int pages = (int) Math.min(MAX_PAGE, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
			List<Hit> hits = result.hits();
			if (withHits && requested > pages) {
				// Past the end (a shared link to a page that no longer exists): show the last page.
				requested = pages;
				hits = session.search(Organisation.class)
					.select(f -> hit(f, query))
					.where((f, root) -> filters(f, root::add, query, null, circle))
					.sort(f -> sort(f, query))
					.fetchHits((requested - 1) * PAGE_SIZE, PAGE_SIZE);
			}
			Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
			for (Map.Entry<Facet, AggregationKey<Map<String, Long>>> entry : inMain.entrySet()) {
				facets.put(entry.getKey(), values(result.aggregation(entry.getValue()), Set.of()));
			}
			for (Facet facet : disjunctive) {
				AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.parameter());
				SearchResult<Long> counts = session.search(Organisation.class)
					.select(f -> f.id(Long.class))
					.where((f, root) -> filters(f, root::add, query, facet, circle))
					.aggregation(key, f -> f.terms().field(facet.field, String.class).maxTermCount(facet.size))
					.fetch(0);
				facets.put(facet, values(counts.aggregation(key), facet.selected(query)));
			}
			Map<Facet, List<FacetValue>> ordered = new LinkedHashMap<>();
			for (Facet facet : Facet.values()) {
				ordered.put(facet, facets.get(facet));
			}
			if (query.isEmpty()) {
				everything = new Everything(total, ordered, System.nanoTime());
			}
			return new Result(query.withPage(requested), total, requested, pages, hits, ordered);
		}
	}

	private Result emptyQuery(SearchSession session, DirectoryQuery query, Everything cached, boolean withHits) {
		SharedCircleFilter circle = circle(query);
		int pages = (int) Math.min(MAX_PAGE, Math.max(1, (cached.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		int requested = Math.min(query.page(), pages);
		List<Hit> hits = !withHits ? List.of()
				: session.search(Organisation.class)
					.select(f -> hit(f, query))
					.where((f, root) -> filters(f, root::add, query, null, circle))
					.sort(f -> sort(f, query))
					.fetchHits((requested - 1) * PAGE_SIZE, PAGE_SIZE);
		return new Result(query.withPage(requested), cached.total(), requested, pages, hits, cached.facets());
	}

	/**
	 * Every organisation the query finds, in its order, in chunks (the whole result is never in memory); stops after
	 * {@code limit}. Returns how many were given.
	 */
	public long stream(DirectoryQuery query, long limit, Consumer<Hit> sink) {
		long given = 0;
		SharedCircleFilter circle = circle(query);
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			try (SearchScroll<Hit> scroll = session.search(Organisation.class)
				.select(f -> hit(f, query))
				.where((f, root) -> filters(f, root::add, query, null, circle))
				.sort(f -> sort(f, query))
				.scroll(1000)) {
				for (SearchScrollResult<Hit> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
					for (Hit hit : chunk.hits()) {
						if (given >= limit) {
							return given;
						}
						sink.accept(hit);
						given++;
					}
				}
			}
		}
		return given;
	}

	/** How many organisations the query finds. */
	public long count(DirectoryQuery query) {
		SharedCircleFilter circle = circle(query);
		try (EntityManager em = entityManagers.createEntityManager()) {
			return Search.session(em)
				.search(Organisation.class)
				.where((f, root) -> filters(f, root::add, query, null, circle))
				.fetchTotalHitCount();
		}
	}

	/**
	 * The full-text predicate: every word must be found in one of the fields (AND), the name weighing most. Words
	 * go through the {@link FrenchAnalysis} (so accents, plurals and elisions do not matter); the simple query
	 * syntax is kept ("quotes" for a phrase, a trailing * for a prefix, - to exclude a word).
	 */
	static PredicateFinalStep text(SearchPredicateFactory f, String text) {
		return f.simpleQueryString()
			.field(IndexFields.NAME)
			.boost(4f)
			.field(IndexFields.ACRONYM)
			.boost(3f)
			.field(IndexFields.GOODS_SERVICES)
			.boost(1.5f)
			.field(IndexFields.RESOURCE_SERVICES)
			.field(IndexFields.DESCRIPTION)
			.field(IndexFields.COMMUNE_NAME)
			.boost(0.5f)
			.matching(text)
			.defaultOperator(BooleanOperator.AND);
	}

	/** Adds the query's clauses (all required); {@code without} leaves that facet's own filter out. */
	private static void filters(SearchPredicateFactory f, Consumer<PredicateFinalStep> root, DirectoryQuery query,
			Facet without, SharedCircleFilter circle) {
		root.accept(f.match().field(IndexFields.ACTIVE).matching(true));
		if (query.text() != null) {
			root.accept(text(f, query.text()));
		}
		for (Facet facet : Facet.values()) {
			Set<String> values = facet.selected(query);
			if (facet != without && !values.isEmpty()) {
				root.accept(f.terms().field(facet.field).matchingAny(values));
			}
		}
		DirectoryQuery.Near near = query.near();
		if (near != null) {
			root.accept(within(f, near, circle));
		}
	}

	/**
	 * The distance filter: on the Lucene backend the search's {@link SharedCircleFilter} (its documents found once
	 * for all the search's queries), elsewhere (Elasticsearch/OpenSearch) the backend's own circle predicate.
	 */
	static PredicateFinalStep within(SearchPredicateFactory f, DirectoryQuery.Near near, SharedCircleFilter circle) {
		return f.extension()
			.ifSupported(LuceneExtension.get(), lucene -> lucene.fromLuceneQuery(circle))
			.orElse(other -> other.spatial()
				.within()
				.field(IndexFields.LOCATION)
				.circle(near.latitude(), near.longitude(), near.radiusKm(), DistanceUnit.KILOMETERS));
	}

	/** The distance filter of one search (null without one), to share between its queries. */
	private static SharedCircleFilter circle(DirectoryQuery query) {
		DirectoryQuery.Near near = query.near();
		return near == null ? null
				: new SharedCircleFilter(IndexFields.LOCATION, near.latitude(), near.longitude(), near.radiusKm() * 1000);
	}

	private static SortFinalStep sort(SearchSortFactory f, DirectoryQuery query) {
		return switch (query.sort()) {
			case NAME -> f.field(IndexFields.NAME_SORT).then().score();
			case DISTANCE -> f.distance(IndexFields.LOCATION, query.near().latitude(), query.near().longitude())
				.then()
				.field(IndexFields.NAME_SORT);
			case RELEVANCE -> query.text() == null ? f.field(IndexFields.NAME_SORT)
					: f.score().then().field(IndexFields.NAME_SORT);
		};
	}

	private static ProjectionFinalStep<Hit> hit(SearchProjectionFactory<?, ?> f, DirectoryQuery query) {
		DirectoryQuery.Near near = query.near();
		return f.composite()
			.from(f.id(Long.class), f.field(IndexFields.NAME, String.class), f.field(IndexFields.ACRONYM, String.class),
					f.field(IndexFields.FAMILY, String.class), f.field(IndexFields.SECTOR, String.class),
					f.field(IndexFields.COMMUNE, String.class), f.field(IndexFields.COMMUNE_NAME, String.class),
					f.field(IndexFields.EPCI, String.class), f.field(IndexFields.TERRITORY, String.class),
					f.field(IndexFields.INCLUSION, String.class), f.field(IndexFields.MARKET, String.class).list(),
					f.field(IndexFields.RESOURCE, String.class), f.field(IndexFields.LOCATION, GeoPoint.class),
					near == null ? f.constant(null)
							: f.distance(IndexFields.LOCATION, GeoPoint.of(near.latitude(), near.longitude()))
								.unit(DistanceUnit.KILOMETERS),
					f.field(IndexFields.SIRET, String.class), f.field(IndexFields.RNA, String.class),
					f.field(IndexFields.ADDRESS, String.class), f.field(IndexFields.POSTAL_CODE, String.class),
					f.field(IndexFields.WEBSITE, String.class), f.field(IndexFields.EMAIL, String.class),
					f.field(IndexFields.PHONE, String.class))
			.asArray(DirectorySearch::toHit);
	}

	@SuppressWarnings("unchecked")
	private static Hit toHit(Object[] v) {
		GeoPoint location = (GeoPoint) v[12];
		return new Hit((Long) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4], (String) v[5],
				(String) v[6], (String) v[7], (String) v[8], (String) v[9], (List<String>) v[10],
				IndexFields.YES.equals(v[11]), location == null ? null : location.latitude(),
				location == null ? null : location.longitude(), (Double) v[13], (String) v[14], (String) v[15],
				(String) v[16], (String) v[17], (String) v[18], (String) v[19], (String) v[20]);
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
