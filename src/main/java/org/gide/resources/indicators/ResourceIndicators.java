package org.gide.resources.indicators;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.resources.ResourceType;
import org.gide.resources.item.ResourceItem.ArticleKind;
import org.gide.resources.workflow.EditorialAction;

/**
 * The indicators of the plan's actions 3.1 and 4.2 for the resource centre, computed live from the module's tables
 * (docs/resources.md § 10) over a period of days of the Gard [{@code from}, {@code to}) cut into months, quarters or
 * years. « Nombre d'informations publiées », « structures ayant produit des éléments publiés », « consultations par
 * article scientifique », « publication des livrables », « une étude d'impact par expérimentation », « réunions du
 * comité éditorial » and the committee's decisions. Publication counts use the first publication
 * ({@code published_at}), so an item unpublished later still counts where it was first published.
 */
@Service
public class ResourceIndicators {

	/** Days are those of the Gard. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	/** Decisions of the committee counted (the transitions a committee member chooses). */
	public static final List<EditorialAction> DECISIONS = List.of(EditorialAction.REQUEST_CHANGES,
			EditorialAction.APPROVE, EditorialAction.SCHEDULE, EditorialAction.PUBLISH, EditorialAction.UNPUBLISH,
			EditorialAction.DECLINE);

	/** How the period is cut; the value is PostgreSQL's {@code date_trunc} field. */
	public enum Step {

		MONTH("month"), QUARTER("quarter"), YEAR("year");

		private final String field;

		Step(String field) {
			this.field = field;
		}

		public String field() {
			return field;
		}

		/** The start of the step containing {@code day}. */
		public LocalDate truncate(LocalDate day) {
			return switch (this) {
				case MONTH -> day.withDayOfMonth(1);
				case QUARTER -> LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
				case YEAR -> day.withDayOfYear(1);
			};
		}

		public LocalDate next(LocalDate start) {
			return switch (this) {
				case MONTH -> start.plusMonths(1);
				case QUARTER -> start.plusMonths(3);
				case YEAR -> start.plusYears(1);
			};
		}

		/** The value of the {@code pas} parameter ({@code month|quarter|year}). */
		public static java.util.Optional<Step> of(String value) {
			for (Step step : values()) {
				if (step.field.equals(value)) {
					return java.util.Optional.of(step);
				}
			}
			return java.util.Optional.empty();
		}

	}

	/** Days {@code from} (included) to {@code to} (excluded), cut by {@code step}. */
	public record Period(LocalDate from, LocalDate to, Step step) {

		public Period {
			if (!to.isAfter(from)) {
				throw new IllegalArgumentException("Empty period " + from + " – " + to);
			}
		}

		/** The starts of the steps the period overlaps, in order. */
		public List<LocalDate> starts() {
			List<LocalDate> starts = new ArrayList<>();
			for (LocalDate start = step.truncate(from); start.isBefore(to); start = step.next(start)) {
				starts.add(start);
			}
			return starts;
		}

		MapSqlParameterSource parameters() {
			return new MapSqlParameterSource("step", step.field())
				.addValue("from", from.atStartOfDay(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
				.addValue("to", to.atStartOfDay(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
				.addValue("fromDay", from)
				.addValue("toDay", to);
		}

	}

	/** Consultations of one article over the period. */
	public record ArticleViews(long itemId, String title, ArticleKind kind, long views) {
	}

	/** Everything the page and the CSV show for one period. */
	public record Report(Period period, Map<LocalDate, Map<ResourceType, Long>> publishedByStep,
			Map<ResourceType, Long> publishedByType, long published, Map<LocalDate, Long> organisationsByStep,
			long organisations, List<ArticleViews> articleViews, long researchArticleViews, long views,
			long deliverables, long impactStudies, long impactStudyExperiments,
			Map<LocalDate, Map<EditorialAction, Long>> decisionsByStep, Map<EditorialAction, Long> decisionsByAction,
			long decisions, long meetings) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	ResourceIndicators(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Report report(Period period) {
		MapSqlParameterSource p = period.parameters();
		List<LocalDate> starts = period.starts();

		// ITEMS_PUBLISHED: items first published per type and step.
		Map<LocalDate, Map<ResourceType, Long>> publishedByStep = new LinkedHashMap<>();
		starts.forEach(s -> publishedByStep.put(s, zeros(ResourceType.class, ResourceType.values())));
		Map<ResourceType, Long> publishedByType = zeros(ResourceType.class, ResourceType.values());
		jdbc.query("""
				select type, date_trunc(:step, published_at at time zone 'Europe/Paris')::date as period, count(*) as n
				from resource_item where published_at >= :from and published_at < :to group by 1, 2 order by 2, 1
				""", p, rs -> {
			ResourceType type = ResourceType.valueOf(rs.getString("type"));
			long n = rs.getLong("n");
			publishedByStep.computeIfAbsent(rs.getObject("period", LocalDate.class),
					k -> zeros(ResourceType.class, ResourceType.values())).merge(type, n, Long::sum);
			publishedByType.merge(type, n, Long::sum);
		});
		long published = publishedByType.values().stream().mapToLong(Long::longValue).sum();

		// ORGANISATIONS_PRODUCING: authoring organisations of the items first published, per step and overall.
		Map<LocalDate, Long> organisationsByStep = new LinkedHashMap<>();
		starts.forEach(s -> organisationsByStep.put(s, 0L));
		jdbc.query("""
				select date_trunc(:step, i.published_at at time zone 'Europe/Paris')::date as period,
				       count(distinct o.organisation_id) as n
				from resource_item i join resource_item_organisation o on o.item_id = i.id
				where i.published_at >= :from and i.published_at < :to group by 1
				""", p, rs -> {
			organisationsByStep.put(rs.getObject("period", LocalDate.class), rs.getLong("n"));
		});
		long organisations = jdbc.queryForObject("""
				select count(distinct o.organisation_id)
				from resource_item i join resource_item_organisation o on o.item_id = i.id
				where i.published_at >= :from and i.published_at < :to
				""", p, Long.class);

		// VIEWS_PER_ARTICLE: consultations over the period of every article ever published.
		List<ArticleViews> articleViews = jdbc.query("""
				select i.id, i.title, i.article_kind, coalesce(sum(v.views), 0) as views
				from resource_item i
				left join resource_view_daily v on v.item_id = i.id and v.day >= :fromDay and v.day < :toDay
				where i.type = 'ARTICLE' and i.published_at is not null
				group by i.id order by views desc, i.title, i.id
				""", p, (rs, i) -> new ArticleViews(rs.getLong("id"), rs.getString("title"),
				ArticleKind.valueOf(rs.getString("article_kind")), rs.getLong("views")));
		long researchArticleViews = articleViews.stream()
			.filter(a -> a.kind() == ArticleKind.RESEARCH)
			.mapToLong(ArticleViews::views)
			.sum();
		long views = jdbc.queryForObject(
				"select coalesce(sum(views), 0) from resource_view_daily where day >= :fromDay and day < :toDay", p,
				Long.class);

		// DELIVERABLES_PUBLISHED (still public), IMPACT_STUDIES and the experiments (laureates) they evaluate.
		long deliverables = jdbc.queryForObject("""
				select count(*) from resource_item
				where type = 'DELIVERABLE' and published_at >= :from and published_at < :to and state = 'PUBLISHED'
				""", p, Long.class);
		Map<String, Object> studies = jdbc.queryForMap("""
				select count(*) as studies, count(distinct dossier_id) as experiments from resource_item
				where type = 'IMPACT_STUDY' and published_at >= :from and published_at < :to and state = 'PUBLISHED'
				""", p);

		// COMMITTEE_DECISIONS per step and action (the application's own publications are not decisions).
		Map<LocalDate, Map<EditorialAction, Long>> decisionsByStep = new LinkedHashMap<>();
		starts.forEach(s -> decisionsByStep.put(s, decisionZeros()));
		Map<EditorialAction, Long> decisionsByAction = decisionZeros();
		jdbc.query("""
				select date_trunc(:step, at at time zone 'Europe/Paris')::date as period, action, count(*) as n
				from resource_transition
				where actor_role in ('EDITOR','AGENT','ADMIN') and at >= :from and at < :to
				  and action in ('REQUEST_CHANGES','APPROVE','SCHEDULE','PUBLISH','UNPUBLISH','DECLINE')
				group by 1, 2
				""", p, rs -> {
			EditorialAction action = EditorialAction.valueOf(rs.getString("action"));
			long n = rs.getLong("n");
			decisionsByStep.computeIfAbsent(rs.getObject("period", LocalDate.class), k -> decisionZeros())
				.merge(action, n, Long::sum);
			decisionsByAction.merge(action, n, Long::sum);
		});
		long decisions = decisionsByAction.values().stream().mapToLong(Long::longValue).sum();

		// MEETINGS of the editorial committee held in the period.
		long meetings = jdbc.queryForObject(
				"select count(*) from editorial_meeting where held_on >= :fromDay and held_on < :toDay", p, Long.class);

		return new Report(period, publishedByStep, publishedByType, published, organisationsByStep, organisations,
				articleViews, researchArticleViews, views, deliverables, ((Number) studies.get("studies")).longValue(),
				((Number) studies.get("experiments")).longValue(), decisionsByStep, decisionsByAction, decisions,
				meetings);
	}

	private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type, E[] values) {
		Map<E, Long> map = new EnumMap<>(type);
		for (E value : values) {
			map.put(value, 0L);
		}
		return map;
	}

	private static Map<EditorialAction, Long> decisionZeros() {
		Map<EditorialAction, Long> map = new EnumMap<>(EditorialAction.class);
		DECISIONS.forEach(a -> map.put(a, 0L));
		return map;
	}

}
