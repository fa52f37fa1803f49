package org.gide.agenda.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.agenda.events.MeetingFormat;
import org.gide.agenda.reports.MeetingReports;
import org.gide.agenda.reports.PresentOrganisation;
import org.gide.directory.Sector;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;

/**
 * The agenda's indicators (plan actions 1.2, 2.5 and 3.2; docs/agenda.md section 6), computed live by SQL over the
 * agenda's tables for the published events starting in a period of days of the Gard, from {@code from} included to
 * {@code to} excluded. Cancelled and draft events count nowhere.
 */
@Service
public class AgendaIndicators {

	/** Days are those of the Gard. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	/** Days {@code from} (included) to {@code to} (excluded). */
	public record Period(LocalDate from, LocalDate to) {

		public Period {
			if (!to.isAfter(from)) {
				throw new IllegalArgumentException("Empty period " + from + " – " + to);
			}
		}

		/** The first days of the quarters the period overlaps, in order. */
		public List<LocalDate> quarters() {
			List<LocalDate> starts = new ArrayList<>();
			for (LocalDate q = quarterOf(from); q.isBefore(to); q = q.plusMonths(3)) {
				starts.add(q);
			}
			return starts;
		}

		MapSqlParameterSource parameters() {
			return new MapSqlParameterSource()
				.addValue("from", from.atStartOfDay(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
				.addValue("to", to.atStartOfDay(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
		}

	}

	/** The first day of the quarter of {@code day}. */
	public static LocalDate quarterOf(LocalDate day) {
		return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
	}

	/** Territorial meetings of one territory per quarter (every quarter of the period, 0 included). */
	public record TerritoryQuarters(long territoryId, String territory, Map<LocalDate, Long> counts,
			List<LocalDate> missed) {
	}

	/** The formats of one territory's meetings in date order, the consecutive pairs of the same format, the share of thematic ones (percent). */
	public record Alternation(long territoryId, String territory, List<MeetingFormat> formats, int samePairs,
			int thematicPercent) {

		public boolean alternated() {
			return formats.size() > 1 && samePairs == 0;
		}

	}

	/** One territorial meeting: participants (the report's, else those marked present), organisations, sectors. */
	public record Meeting(long id, String title, Instant startsAt, String territory, MeetingFormat format,
			long participants, boolean reported, List<PresentOrganisation> organisations, List<Sector> sectors,
			boolean past) {

		public boolean missingReport() {
			return past && !reported;
		}

	}

	/** The training programme (action 1.2). */
	public record Trainings(long offered, long mutualised, long newTrainings, long sessions, long participants,
			long distinctParticipants) {
	}

	/** The awareness programme for agents and elected officials (action 2.5). */
	public record Awareness(long sessions, long partners, long reached) {
	}

	/** A count per territory (null id: events without a territory). */
	public record TerritoryCount(Long territoryId, String territory, long count) {
	}

	/** Presentation workshops of the appels à commun(s). */
	public record Workshops(long sessions, long registrations) {
	}

	/** Everything the page and the CSV show for one period. */
	public record Report(Period period, List<LocalDate> quarters, List<TerritoryQuarters> grid,
			List<TerritoryQuarters> missedTerritories, List<Alternation> alternation, List<Meeting> meetings,
			Trainings trainings, Awareness awareness, List<TerritoryCount> permanences, long permanenceSessions,
			Workshops workshops) {

		public List<Meeting> withoutReport() {
			return meetings.stream().filter(Meeting::missingReport).toList();
		}

		public long meetingCount() {
			return meetings.size();
		}

	}

	private final NamedParameterJdbcTemplate jdbc;

	private final Territories territories;

	private final MeetingReports reports;

	AgendaIndicators(NamedParameterJdbcTemplate jdbc, Territories territories, MeetingReports reports) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.reports = reports;
	}

	/**
	 * The indicators of the period; {@code now} tells which quarters are over (a quarter without meeting is missed
	 * only once it has ended) and which meetings are past (a report is expected).
	 */
	@Transactional(readOnly = true)
	public Report report(Period period, Instant now) {
		MapSqlParameterSource p = period.parameters();
		List<TerritorySummary> all = territories.list();
		Map<Long, String> names = new LinkedHashMap<>();
		all.forEach(t -> names.put(t.id(), t.nom()));
		LocalDate today = LocalDate.ofInstant(now, ZONE);

		// MEETINGS_PER_QUARTER: published territorial meetings by territory and quarter of their start.
		List<LocalDate> quarters = period.quarters();
		Map<Long, Map<LocalDate, Long>> counts = new LinkedHashMap<>();
		names.keySet().forEach(id -> counts.put(id, zeros(quarters)));
		jdbc.query("""
				select territory_id, date_trunc('quarter', starts_at at time zone 'Europe/Paris')::date as quarter,
				       count(*) as n
				from agenda_event
				where kind = 'TERRITORIAL_MEETING' and state = 'PUBLISHED' and starts_at >= :from and starts_at < :to
				group by 1, 2
				""", p, rs -> {
			counts.computeIfAbsent(rs.getLong("territory_id"), k -> zeros(quarters))
				.put(rs.getObject("quarter", LocalDate.class), rs.getLong("n"));
		});
		List<TerritoryQuarters> grid = new ArrayList<>();
		counts.forEach((id, byQuarter) -> {
			List<LocalDate> missed = byQuarter.entrySet()
				.stream()
				.filter(e -> e.getValue() == 0 && !e.getKey().plusMonths(3).isAfter(today))
				.map(Map.Entry::getKey)
				.toList();
			grid.add(new TerritoryQuarters(id, names.getOrDefault(id, "#" + id), byQuarter, missed));
		});
		List<TerritoryQuarters> missedTerritories = grid.stream().filter(t -> !t.missed().isEmpty()).toList();

		// Per meeting, in date order; ALTERNATION from the same rows.
		record Row(long id, String title, Instant startsAt, long territoryId, MeetingFormat format, Integer reported,
				long attended) {
		}
		List<Row> rows = jdbc.query("""
				select e.id, e.title, e.starts_at, e.territory_id, e.meeting_format, r.participants as reported,
				       (select count(*) from agenda_registration g
				        where g.event_id = e.id and g.attended is true and g.status <> 'CANCELLED') as attended
				from agenda_event e left join agenda_report r on r.event_id = e.id
				where e.kind = 'TERRITORIAL_MEETING' and e.state = 'PUBLISHED' and e.starts_at >= :from and e.starts_at < :to
				order by e.starts_at, e.id
				""", p, (rs, i) -> new Row(rs.getLong("id"), rs.getString("title"),
				rs.getTimestamp("starts_at").toInstant(), rs.getLong("territory_id"),
				MeetingFormat.valueOf(rs.getString("meeting_format")), (Integer) rs.getObject("reported"),
				rs.getLong("attended")));
		Map<Long, List<Long>> organisationsOf = new HashMap<>();
		if (!rows.isEmpty()) {
			MapSqlParameterSource ids = new MapSqlParameterSource("ids", rows.stream().map(Row::id).toList());
			jdbc.query("""
					select o.event_id, o.organisation_id from agenda_report_organisation o
					where o.event_id in (:ids)
					union
					select g.event_id, g.organisation_id from agenda_registration g
					where g.event_id in (:ids) and g.attended is true and g.status <> 'CANCELLED'
					  and g.organisation_id is not null
					  and not exists (select 1 from agenda_report r where r.event_id = g.event_id)
					order by 1, 2
					""", ids, rs -> {
				organisationsOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		}
		List<Meeting> meetings = new ArrayList<>();
		Map<Long, List<MeetingFormat>> formats = new LinkedHashMap<>();
		for (Row row : rows) {
			List<PresentOrganisation> present = reports.describe(organisationsOf.getOrDefault(row.id(), List.of()));
			meetings.add(new Meeting(row.id(), row.title(), row.startsAt(),
					names.getOrDefault(row.territoryId(), "#" + row.territoryId()), row.format(),
					row.reported() != null ? row.reported() : row.attended(), row.reported() != null, present,
					MeetingReports.sectors(present), row.startsAt().isBefore(now)));
			formats.computeIfAbsent(row.territoryId(), k -> new ArrayList<>()).add(row.format());
		}
		List<Alternation> alternation = new ArrayList<>();
		names.forEach((id, name) -> {
			List<MeetingFormat> sequence = formats.get(id);
			if (sequence != null) {
				int same = 0;
				for (int i = 1; i < sequence.size(); i++) {
					if (sequence.get(i) == sequence.get(i - 1)) {
						same++;
					}
				}
				long thematic = sequence.stream().filter(f -> f == MeetingFormat.THEMATIC).count();
				alternation.add(new Alternation(id, name, List.copyOf(sequence), same,
						(int) Math.round(100.0 * thematic / sequence.size())));
			}
		});

		// TRAININGS: a « formation » is a title (case and spaces ignored) given by one set of organisers.
		Map<String, Object> t = jdbc.queryForMap("""
				with t as (
				    select e.id, lower(btrim(e.title)) as title, e.new_training,
				           coalesce((select array_agg(o.organisation_id order by o.organisation_id)
				                     from agenda_event_organiser o where o.event_id = e.id), '{}'::bigint[]) as orgs
				    from agenda_event e
				    where e.kind = 'TRAINING' and e.state = 'PUBLISHED' and e.starts_at >= :from and e.starts_at < :to),
				f as (select title, orgs, bool_or(new_training) as new from t group by title, orgs)
				select (select count(*) from f) as offered,
				       (select count(*) from f where cardinality(orgs) > 1) as mutualised,
				       (select count(*) from f where new) as new_trainings,
				       (select count(*) from t) as sessions,
				       (select count(*) from agenda_registration g join t on t.id = g.event_id
				        where g.attended is true and g.status <> 'CANCELLED') as participants,
				       (select count(distinct coalesce('a' || g.account_id, 'e' || lower(g.email)))
				        from agenda_registration g join t on t.id = g.event_id
				        where g.attended is true and g.status <> 'CANCELLED') as distinct_participants
				""", p);
		Trainings trainings = new Trainings(n(t, "offered"), n(t, "mutualised"), n(t, "new_trainings"),
				n(t, "sessions"), n(t, "participants"), n(t, "distinct_participants"));

		// AWARENESS: sessions, distinct organiser organisations, distinct agents and elected officials present.
		Map<String, Object> a = jdbc.queryForMap("""
				with s as (select id from agenda_event
				           where kind = 'AWARENESS' and state = 'PUBLISHED' and starts_at >= :from and starts_at < :to)
				select (select count(*) from s) as sessions,
				       (select count(distinct o.organisation_id) from agenda_event_organiser o join s on s.id = o.event_id)
				           as partners,
				       (select count(distinct coalesce('a' || g.account_id, 'e' || lower(g.email)))
				        from agenda_registration g join s on s.id = g.event_id
				        where g.attended is true and g.status <> 'CANCELLED'
				          and g.participant_kind in ('AGENT','ELECTED')) as reached
				""", p);
		Awareness awareness = new Awareness(n(a, "sessions"), n(a, "partners"), n(a, "reached"));

		// PERMANENCES per territory.
		List<TerritoryCount> permanences = jdbc.query("""
				select territory_id, count(*) as n from agenda_event
				where kind = 'PERMANENCE' and state = 'PUBLISHED' and starts_at >= :from and starts_at < :to
				group by 1
				""", p, (rs, i) -> {
			Long id = (Long) rs.getObject("territory_id");
			return new TerritoryCount(id, id == null ? null : names.getOrDefault(id, "#" + id), rs.getLong("n"));
		});
		permanences = permanences.stream()
			.sorted(java.util.Comparator.comparing((TerritoryCount c) -> c.territory() == null ? "\uffff" : c.territory()))
			.toList();
		long permanenceSessions = permanences.stream().mapToLong(TerritoryCount::count).sum();

		// WORKSHOPS of the calls: sessions and confirmed registrations.
		Map<String, Object> w = jdbc.queryForMap("""
				with s as (select id from agenda_event
				           where kind = 'CALL_WORKSHOP' and state = 'PUBLISHED' and starts_at >= :from and starts_at < :to)
				select (select count(*) from s) as sessions,
				       (select count(*) from agenda_registration g join s on s.id = g.event_id
				        where g.status = 'CONFIRMED') as registrations
				""", p);
		Workshops workshops = new Workshops(n(w, "sessions"), n(w, "registrations"));

		return new Report(period, quarters, grid, missedTerritories, alternation, meetings, trainings, awareness,
				permanences, permanenceSessions, workshops);
	}

	private static Map<LocalDate, Long> zeros(List<LocalDate> quarters) {
		Map<LocalDate, Long> map = new LinkedHashMap<>();
		quarters.forEach(q -> map.put(q, 0L));
		return map;
	}

	private static long n(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).longValue();
	}

}
