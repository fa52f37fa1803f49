package org.gide.agenda.calendar;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.EventState;
import org.gide.agenda.events.MeetingFormat;

/**
 * Reads the public agenda with SQL: PUBLISHED and CANCELLED events only (drafts never), filtered by an
 * {@link AgendaQuery}, in start order, with a limit and an offset. Reads no registration. Other parts may use it
 * (the programme, feeds, an organisation's page…).
 */
@Service
public class AgendaCalendar {

	/** The most events one call returns, whatever the limit asked. */
	public static final int MAX = 500;

	private static final String COLUMNS = "e.id, e.kind, e.state, e.slug, e.title, e.summary, e.description, "
			+ "e.audiences, e.themes, e.organised_by_department, e.territory_id, e.commune_code, e.place, e.online_url, "
			+ "e.starts_at, e.ends_at, e.capacity, e.price_euros, e.price_note, e.meeting_format, e.new_training, "
			+ "e.cancelled_reason, e.version, e.updated_at, array(select o.organisation_id from agenda_event_organiser o "
			+ "where o.event_id = e.id order by o.position) as organisers";

	private final NamedParameterJdbcTemplate jdbc;

	AgendaCalendar(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The public events matching the query, in start order; at most {@code limit} (≤ {@link #MAX}) from {@code offset}. */
	@Transactional(readOnly = true)
	public List<CalendarEvent> find(AgendaQuery query, int limit, int offset) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(query, parameters);
		parameters.addValue("limit", Math.max(0, Math.min(limit, MAX)));
		parameters.addValue("offset", Math.max(0, offset));
		return jdbc.query("select " + COLUMNS + " from agenda_event e where " + where
				+ " order by e.starts_at, e.id limit :limit offset :offset", parameters, (rs, n) -> map(rs));
	}

	/** How many public events match the query. */
	@Transactional(readOnly = true)
	public int count(AgendaQuery query) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(query, parameters);
		Integer count = jdbc.queryForObject("select count(*) from agenda_event e where " + where, parameters,
				Integer.class);
		return count == null ? 0 : count;
	}

	/** One public event (PUBLISHED or CANCELLED), empty for a draft or an unknown id. */
	@Transactional(readOnly = true)
	public Optional<CalendarEvent> findPublic(long id) {
		return jdbc
			.query("select " + COLUMNS + " from agenda_event e where e.id = :id and e.state in ('PUBLISHED','CANCELLED')",
					new MapSqlParameterSource("id", id), (rs, n) -> map(rs))
			.stream()
			.findFirst();
	}

	/** The years (Paris) in which at least one public training starts, in order. */
	@Transactional(readOnly = true)
	public List<Integer> trainingYears() {
		return jdbc.queryForList("select distinct extract(year from starts_at at time zone 'Europe/Paris')::int y "
				+ "from agenda_event where kind = 'TRAINING' and state in ('PUBLISHED','CANCELLED') order by y",
				new MapSqlParameterSource(), Integer.class);
	}

	private static String where(AgendaQuery query, MapSqlParameterSource parameters) {
		List<String> clauses = new ArrayList<>();
		clauses.add("e.state in ('PUBLISHED','CANCELLED')");
		if (query.kind() != null) {
			clauses.add("e.kind = :kind");
			parameters.addValue("kind", query.kind().name());
		}
		if (query.theme() != null) {
			clauses.add(":theme = any(e.themes)");
			parameters.addValue("theme", query.theme());
		}
		if (query.territoryId() != null) {
			clauses.add("e.territory_id = :territory");
			parameters.addValue("territory", query.territoryId());
		}
		if (query.audience() != null) {
			clauses.add(":audience = any(e.audiences)");
			parameters.addValue("audience", query.audience().name());
		}
		if (query.organiserId() != null) {
			clauses.add("exists (select 1 from agenda_event_organiser o where o.event_id = e.id "
					+ "and o.organisation_id = :organiser)");
			parameters.addValue("organiser", query.organiserId());
		}
		if (query.month() != null) {
			clauses.add("e.ends_at > :monthStart and e.starts_at < :monthEnd");
			parameters.addValue("monthStart", java.sql.Timestamp.from(AgendaQuery.start(query.month())));
			parameters.addValue("monthEnd", java.sql.Timestamp.from(AgendaQuery.end(query.month())));
		}
		if (query.from() != null) {
			clauses.add("e.ends_at > :from");
			parameters.addValue("from", java.sql.Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			clauses.add("e.starts_at < :to");
			parameters.addValue("to", java.sql.Timestamp.from(query.to()));
		}
		return String.join(" and ", clauses);
	}

	private static CalendarEvent map(ResultSet rs) throws SQLException {
		Set<Audience> audiences = EnumSet.noneOf(Audience.class);
		for (String value : strings(rs.getArray("audiences"))) {
			audiences.add(Audience.valueOf(value));
		}
		Array organisers = rs.getArray("organisers");
		List<Long> organiserIds = organisers == null ? List.of()
				: Arrays.stream((Object[]) organisers.getArray()).map(o -> ((Number) o).longValue()).collect(Collectors.toList());
		String format = rs.getString("meeting_format");
		Integer capacity = (Integer) rs.getObject("capacity");
		Long territory = (Long) rs.getObject("territory_id");
		return new CalendarEvent(rs.getLong("id"), EventKind.valueOf(rs.getString("kind")),
				EventState.valueOf(rs.getString("state")), rs.getString("slug"), rs.getString("title"),
				rs.getString("summary"), rs.getString("description"), audiences, strings(rs.getArray("themes")),
				List.copyOf(organiserIds), rs.getBoolean("organised_by_department"), territory,
				rs.getString("commune_code"), rs.getString("place"), rs.getString("online_url"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), capacity,
				rs.getBigDecimal("price_euros"), rs.getString("price_note"),
				format == null ? null : MeetingFormat.valueOf(format), rs.getBoolean("new_training"),
				rs.getString("cancelled_reason"), rs.getLong("version"), rs.getTimestamp("updated_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
