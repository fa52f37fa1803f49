package org.gide.calls.indicators;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of the plan's action 1.1 for the appels à commun(s), computed live from the module's tables
 * (never typed in). Definitions: {@code docs/calls-indicators.md}. Every figure is computed for a set of calls, so
 * that the same query gives one call's column and the overall column.
 */
@Service
public class CallIndicators {

	/** A call shown as a column: every call except drafts. */
	public record CallColumn(long id, String title, String planAction, String status) {
	}

	/** The kind of a figure, for formatting. */
	public enum Kind {
		COUNT, DECIMAL, PERCENT, TEXT
	}

	/** The indicators, in the order of the page and the CSV; each has a label and a "how it is computed" text. */
	public enum Indicator {

		ANSWERS(Kind.COUNT), MORE_THAN_3_ORGANISATIONS(Kind.COUNT), MORE_THAN_3_ORGANISATIONS_SHARE(Kind.PERCENT),
		AT_LEAST_3_ORGANISATIONS(Kind.COUNT), THEMES_MIN(Kind.COUNT), THEMES_AVERAGE(Kind.DECIMAL),
		THEMES_MAX(Kind.COUNT), DIAGNOSIS(Kind.COUNT), DIAGNOSIS_SHARE(Kind.PERCENT), WORKSHOPS_HELD(Kind.COUNT),
		WORKSHOPS_PLANNED(Kind.COUNT), FEEDBACK_ANSWERS(Kind.COUNT), SATISFACTION_AVERAGE(Kind.DECIMAL),
		SATISFACTION_SHARE_4(Kind.PERCENT), DIRECTIONS_PREPARING(Kind.COUNT), DIRECTIONS_COMMITTEE(Kind.COUNT),
		DIRECTIONS_CONCERNED(Kind.COUNT), DIRECTIONS_CONCERNED_REPRESENTED(Kind.COUNT),
		REPRESENTATIVENESS(Kind.PERCENT), DIRECTIONS_MISSING(Kind.TEXT), AUDITIONED(Kind.COUNT);

		private final Kind kind;

		Indicator(Kind kind) {
			this.kind = kind;
		}

		public Kind kind() {
			return kind;
		}

		public String labelKey() {
			return "indicators.calls." + name() + ".label";
		}

		public String howKey() {
			return "indicators.calls." + name() + ".how";
		}

	}

	/**
	 * The figures of a set of calls: numbers (Long, Double; a share is between 0 and 1) or, for
	 * {@link Indicator#DIRECTIONS_MISSING}, the list of the missing directions' names. Null: not computable (no
	 * answer, no feedback…).
	 */
	public record Figures(Map<Indicator, Object> values) {

		public Object get(Indicator indicator) {
			return values.get(indicator);
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	CallIndicators(NamedParameterJdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The calls the page shows, oldest first (drafts are left out: they have no answers yet). */
	public List<CallColumn> calls() {
		return jdbc.query("select id, title, plan_action, status from call where status <> 'DRAFT' "
				+ "order by coalesce(opens_at, created_at), id", Map.of(),
				(rs, i) -> new CallColumn(rs.getLong("id"), rs.getString("title"), rs.getString("plan_action"),
						rs.getString("status")));
	}

	/** The figures of these calls taken together (one call: its column; all of them: the overall column). */
	@Transactional(readOnly = true)
	public Figures figures(List<Long> callIds) {
		Map<Indicator, Object> values = new LinkedHashMap<>();
		if (callIds.isEmpty()) {
			callIds = List.of(-1L);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("ids", callIds).addValue("now",
				Timestamp.from(clock.instant()));

		jdbc.query("""
				with answer as (
				    select d.id, d.lead_organisation, cardinality(d.themes) as themes,
				           (btrim(d.diagnosis_text) <> '' or exists (select 1 from dossier_need n where n.dossier_id = d.id))
				               as diagnosed
				    from dossier d where d.status = 'SUBMITTED' and d.call_id in (:ids)),
				cooperating as (
				    select a.*, (select count(*) from (select p.organisation_id from dossier_partner p
				                                       where p.dossier_id = a.id and p.status = 'ACCEPTED'
				                                       union select a.lead_organisation) o) as organisations
				    from answer a)
				select count(*) as answers,
				       count(*) filter (where organisations > 3) as more_than_3,
				       count(*) filter (where organisations >= 3) as at_least_3,
				       min(themes) as themes_min, avg(themes) as themes_avg, max(themes) as themes_max,
				       count(*) filter (where diagnosed) as diagnosed
				from cooperating
				""", params, rs -> {
			long answers = rs.getLong("answers");
			values.put(Indicator.ANSWERS, answers);
			values.put(Indicator.MORE_THAN_3_ORGANISATIONS, rs.getLong("more_than_3"));
			values.put(Indicator.MORE_THAN_3_ORGANISATIONS_SHARE, share(rs.getLong("more_than_3"), answers));
			values.put(Indicator.AT_LEAST_3_ORGANISATIONS, rs.getLong("at_least_3"));
			values.put(Indicator.THEMES_MIN, answers == 0 ? null : rs.getLong("themes_min"));
			values.put(Indicator.THEMES_AVERAGE, answers == 0 ? null : rs.getDouble("themes_avg"));
			values.put(Indicator.THEMES_MAX, answers == 0 ? null : rs.getLong("themes_max"));
			values.put(Indicator.DIAGNOSIS, rs.getLong("diagnosed"));
			values.put(Indicator.DIAGNOSIS_SHARE, share(rs.getLong("diagnosed"), answers));
		});

		jdbc.query("""
				select count(*) filter (where not cancelled and starts_at <= :now) as held,
				       count(*) filter (where not cancelled and starts_at > :now) as planned
				from call_workshop where call_id in (:ids)
				""", params, rs -> {
			values.put(Indicator.WORKSHOPS_HELD, rs.getLong("held"));
			values.put(Indicator.WORKSHOPS_PLANNED, rs.getLong("planned"));
		});

		jdbc.query("""
				select count(*) as answers, avg(f.satisfaction) as average,
				       count(*) filter (where f.satisfaction >= 4) as satisfied
				from experience_feedback f join dossier d on d.id = f.dossier_id where d.call_id in (:ids)
				""", params, rs -> {
			long answers = rs.getLong("answers");
			values.put(Indicator.FEEDBACK_ANSWERS, answers);
			values.put(Indicator.SATISFACTION_AVERAGE, answers == 0 ? null : rs.getDouble("average"));
			values.put(Indicator.SATISFACTION_SHARE_4, share(rs.getLong("satisfied"), answers));
		});

		values.put(Indicator.DIRECTIONS_PREPARING, jdbc.queryForObject(
				"select count(distinct direction_id) from call_direction where call_id in (:ids)", params, Long.class));
		values.put(Indicator.DIRECTIONS_COMMITTEE,
				jdbc.queryForObject("select count(distinct direction_id) from committee_member "
						+ "where call_id in (:ids) and direction_id is not null", params, Long.class));

		// Representativeness, per (call, direction) pair: a direction concerned by a call's submitted dossiers
		// (through the themes) counts as represented only if it sits on that call's committee.
		long concerned = 0;
		long represented = 0;
		List<String> missing = new ArrayList<>();
		boolean severalCalls = callIds.size() > 1;
		for (Map<String, Object> row : jdbc.queryForList("""
				with concerned as (
				    select distinct d.call_id, td.direction_id
				    from dossier d cross join unnest(d.themes) as t(theme)
				    join theme_direction td on lower(td.theme) = lower(t.theme)
				    where d.status = 'SUBMITTED' and d.call_id in (:ids))
				select dir.name, c.title as call_title,
				       exists (select 1 from committee_member m
				               where m.call_id = x.call_id and m.direction_id = x.direction_id) as represented
				from concerned x join direction dir on dir.id = x.direction_id join call c on c.id = x.call_id
				order by dir.name, c.id
				""", params)) {
			concerned++;
			if (Boolean.TRUE.equals(row.get("represented"))) {
				represented++;
			}
			else {
				missing.add(severalCalls ? row.get("name") + " (" + row.get("call_title") + ")"
						: (String) row.get("name"));
			}
		}
		values.put(Indicator.DIRECTIONS_CONCERNED, concerned);
		values.put(Indicator.DIRECTIONS_CONCERNED_REPRESENTED, represented);
		values.put(Indicator.REPRESENTATIVENESS, share(represented, concerned));
		values.put(Indicator.DIRECTIONS_MISSING, List.copyOf(missing));

		values.put(Indicator.AUDITIONED, jdbc.queryForObject("select count(distinct dossier_id) from audition_slot "
				+ "where call_id in (:ids) and dossier_id is not null and attended", params, Long.class));
		return new Figures(values);
	}

	private static Double share(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}

}
