package org.gide.resources.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The route matrix's contribution: a SUBMITTED method written by the committee (no organisation, so that members
 * get 404), with two revisions, a transition and a comment, inserted once with SQL (the matrix only reads it; it is
 * never indexed, which no route of part B needs).
 */
public final class WorkflowRoutePlaceholders {

	private static final String TITLE = "Contribution témoin du comité éditorial";

	private WorkflowRoutePlaceholders() {
	}

	public static synchronized Map<String, String> values(JdbcTemplate jdbc) {
		Long id = jdbc.query("select id from resource_item where title = ? order by id limit 1",
				rs -> rs.next() ? rs.getLong(1) : null, TITLE);
		if (id == null) {
			Timestamp now = Timestamp.from(Instant.now());
			id = jdbc.queryForObject("insert into resource_item (type, state, slug, title, summary, body, licence, "
					+ "created_by_label, created_at, updated_at, submitted_at, purpose, audience, usage, origin) values "
					+ "('METHOD', 'SUBMITTED', 'contribution-temoin', ?, 'Un outil témoin.', '<p>Texte témoin.</p>', "
					+ "'CC_BY_SA', 'Comité', ?, ?, ?, '<p>Animer</p>', '<p>Les associations</p>', '<p>Lire</p>', "
					+ "'EXISTING') returning id", Long.class, TITLE, now, now, now);
			jdbc.update("insert into resource_revision (item_id, number, author_label, created_at, title, summary, "
					+ "body, details) values (?, 1, 'Comité', ?, ?, 'Un outil.', '<p>Texte.</p>', "
					+ "'{\"resources.field.audience\": \"Les associations\"}'::jsonb), (?, 2, 'Comité', ?, ?, "
					+ "'Un outil témoin.', '<p>Texte témoin.</p>', "
					+ "'{\"resources.field.audience\": \"Les associations du Gard\"}'::jsonb)", id, now, TITLE, id, now,
					TITLE);
			jdbc.update("insert into resource_transition (item_id, action, from_state, to_state, actor_label, "
					+ "actor_role, reason, revision, at) values (?, 'SUBMIT', 'DRAFT', 'SUBMITTED', 'Comité', 'EDITOR', "
					+ "'Pour relecture', 2, ?)", id, now);
			jdbc.update("insert into resource_comment (item_id, revision, author_id, author_label, author_role, body, "
					+ "created_at) values (?, 2, 0, 'Comité', 'EDITOR', 'Un exemple serait bienvenu.', ?)", id, now);
		}
		return Map.of("workflowItem", String.valueOf(id));
	}

}
