package org.gide.resources.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.directory.OrganisationNames;
import org.gide.resources.ResourceType;

/** What the editorial committee has to look at, oldest first, and its latest decisions. */
@Service
public class EditorialQueue {

	/** An item waiting for the committee (or for its contributor after a change request). */
	public record Entry(long id, ResourceType type, String title, ResourceState state, String organisation,
			Instant submittedAt, Instant scheduledFor) {
	}

	/** A decision of the committee. */
	public record Decision(long itemId, String title, EditorialAction action, String actorLabel, ActorRole actorRole,
			String reason, Instant at) {
	}

	private final JdbcTemplate jdbc;

	private final OrganisationNames organisationNames;

	EditorialQueue(JdbcTemplate jdbc, OrganisationNames organisationNames) {
		this.jdbc = jdbc;
		this.organisationNames = organisationNames;
	}

	/** Items SUBMITTED, CHANGES_REQUESTED, APPROVED or SCHEDULED, oldest submission first. */
	@Transactional(readOnly = true)
	public List<Entry> waiting() {
		return jdbc.query("select id, type, title, state, contributing_organisation_id, submitted_at, scheduled_for "
				+ "from resource_item where state in ('SUBMITTED','CHANGES_REQUESTED','APPROVED','SCHEDULED') "
				+ "order by coalesce(submitted_at, created_at), id",
				(rs, n) -> new Entry(rs.getLong("id"), ResourceType.valueOf(rs.getString("type")),
						rs.getString("title"), ResourceState.valueOf(rs.getString("state")),
						organisation(rs.getObject("contributing_organisation_id", Long.class)),
						instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("scheduled_for"))));
	}

	/** The latest decisions of the committee (and scheduled publications), newest first. */
	@Transactional(readOnly = true)
	public List<Decision> recentDecisions(int limit) {
		return jdbc.query("select t.item_id, i.title, t.action, t.actor_label, t.actor_role, t.reason, t.at "
				+ "from resource_transition t join resource_item i on i.id = t.item_id "
				+ "where t.action in ('REQUEST_CHANGES','APPROVE','SCHEDULE','PUBLISH','UNPUBLISH','DECLINE') "
				+ "order by t.at desc, t.id desc limit ?",
				(rs, n) -> new Decision(rs.getLong("item_id"), rs.getString("title"),
						EditorialAction.valueOf(rs.getString("action")), rs.getString("actor_label"),
						ActorRole.valueOf(rs.getString("actor_role")), rs.getString("reason"),
						rs.getTimestamp("at").toInstant()),
				limit);
	}

	private String organisation(Long id) {
		return id == null ? null : organisationNames.name(id).orElse(null);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
