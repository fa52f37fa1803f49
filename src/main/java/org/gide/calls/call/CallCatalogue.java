package org.gide.calls.call;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import org.gide.calls.Theme;

/**
 * What the other parts of the module read about calls: a call with its rules, deadline, status, themes and
 * territories; whether it is open; its criteria grid and its presentation workshops.
 */
@Component
public class CallCatalogue {

	/** DRAFT (invisible to the public), PUBLISHED, CLOSED. */
	public enum Status {
		DRAFT, PUBLISHED, CLOSED
	}

	/** A call as the other parts see it. Territories: slugs; empty means the whole département. */
	public record CallView(long id, String slug, String title, String summary, String descriptionHtml,
			String planAction, List<Theme> themes, List<String> territories, Instant opensAt, Instant deadline,
			LocalDate auditionsFrom, LocalDate auditionsTo, LocalDate decisionOn, int minOrganisations, int minThemes,
			boolean diagnosisRequired, Status status, Instant publishedAt, Instant closedAt,
			Instant resultsPublishedAt, long version) {

		/** Published, opening passed (or not set), deadline set and not passed. */
		public boolean isOpen(Instant now) {
			return status == Status.PUBLISHED && (opensAt == null || !opensAt.isAfter(now)) && deadline != null
					&& deadline.isAfter(now);
		}

		/** Visible to the public: published or closed. */
		public boolean isPublic() {
			return status != Status.DRAFT;
		}

		public boolean wholeDepartement() {
			return territories.isEmpty();
		}

	}

	/** A criterion of the committee's grid, in order. */
	public record CriterionView(long id, int position, String label, String description, int weight) {
	}

	/** A presentation workshop. Held: started in the past and not cancelled. */
	public record WorkshopView(long id, Instant startsAt, Instant endsAt, String place, String communeCode,
			String onlineUrl, String description, boolean cancelled, Integer attendees) {

		public boolean held(Instant now) {
			return !cancelled && startsAt.isBefore(now);
		}

	}

	/** A document to download. */
	public record DocumentView(long id, String title, String fileName, String contentType, long sizeBytes,
			String storageKey, Instant uploadedAt) {
	}

	static final String COLUMNS = "id, slug, title, summary, description_html, plan_action, themes, territories, "
			+ "opens_at, deadline, auditions_from, auditions_to, decision_on, min_organisations, min_themes, "
			+ "diagnosis_required, status, published_at, closed_at, results_published_at, version";

	static final RowMapper<CallView> CALL = (rs, n) -> new CallView(rs.getLong("id"), rs.getString("slug"),
			rs.getString("title"), rs.getString("summary"), rs.getString("description_html"),
			rs.getString("plan_action"),
			strings(rs.getArray("themes")).stream().map(Theme::fromCode).flatMap(Optional::stream).toList(),
			strings(rs.getArray("territories")), instant(rs, "opens_at"), instant(rs, "deadline"),
			date(rs, "auditions_from"), date(rs, "auditions_to"), date(rs, "decision_on"),
			rs.getInt("min_organisations"), rs.getInt("min_themes"), rs.getBoolean("diagnosis_required"),
			Status.valueOf(rs.getString("status")), instant(rs, "published_at"), instant(rs, "closed_at"),
			instant(rs, "results_published_at"), rs.getLong("version"));

	static final RowMapper<CriterionView> CRITERION = (rs, n) -> new CriterionView(rs.getLong("id"),
			rs.getInt("position"), rs.getString("label"), rs.getString("description"), rs.getInt("weight"));

	static final RowMapper<WorkshopView> WORKSHOP = (rs, n) -> new WorkshopView(rs.getLong("id"),
			instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("place"), rs.getString("commune_code"),
			rs.getString("online_url"), rs.getString("description"), rs.getBoolean("cancelled"),
			(Integer) rs.getObject("attendees"));

	static final RowMapper<DocumentView> DOCUMENT = (rs, n) -> new DocumentView(rs.getLong("id"),
			rs.getString("title"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
			rs.getString("storage_key"), instant(rs, "uploaded_at"));

	private final JdbcTemplate jdbc;

	CallCatalogue(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<CallView> find(long callId) {
		return jdbc.query("select " + COLUMNS + " from call where id = ?", CALL, callId).stream().findFirst();
	}

	public Optional<CallView> findBySlug(String slug) {
		return jdbc.query("select " + COLUMNS + " from call where slug = ?", CALL, slug).stream().findFirst();
	}

	public boolean isOpen(long callId, Instant now) {
		return find(callId).map(call -> call.isOpen(now)).orElse(false);
	}

	public List<CriterionView> criteria(long callId) {
		return jdbc.query("select id, position, label, description, weight from call_criterion where call_id = ? "
				+ "order by position", CRITERION, callId);
	}

	/** Every workshop of the call (cancelled ones included), by start. */
	public List<WorkshopView> workshops(long callId) {
		return jdbc.query("select id, starts_at, ends_at, place, commune_code, online_url, description, cancelled, "
				+ "attendees from call_workshop where call_id = ? order by starts_at, id", WORKSHOP, callId);
	}

	public List<DocumentView> documents(long callId) {
		return jdbc.query("select id, title, file_name, content_type, size_bytes, storage_key, uploaded_at "
				+ "from call_document where call_id = ? order by uploaded_at, id", DOCUMENT, callId);
	}

	/** Published and closed calls, open ones first (by deadline), then the others (most recent deadline first). */
	public List<CallView> publicCalls(Instant now) {
		List<CallView> calls = jdbc.query("select " + COLUMNS + " from call where status in ('PUBLISHED', 'CLOSED')",
				CALL);
		return calls.stream().sorted((a, b) -> {
			boolean oa = a.isOpen(now);
			boolean ob = b.isOpen(now);
			if (oa != ob) {
				return oa ? -1 : 1;
			}
			Instant da = a.deadline() == null ? Instant.EPOCH : a.deadline();
			Instant db = b.deadline() == null ? Instant.EPOCH : b.deadline();
			return oa ? da.compareTo(db) : db.compareTo(da);
		}).toList();
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
