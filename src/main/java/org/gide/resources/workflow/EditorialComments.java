package org.gide.resources.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.resources.item.ResourceActor;
import org.gide.resources.item.ResourceActors;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.item.ResourceNotFound;

/**
 * Comments between contributors and the committee on an item, in any state, each bound to the item's current
 * revision ({@code resource_comment}, written only here). Plain text, 1 to 4 000 characters.
 */
@Service
public class EditorialComments {

	public static final int MAX_LENGTH = 4000;

	private final ResourceItems items;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EditorialComments(ResourceItems items, JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		this.items = items;
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Adds a comment of a contributor or a committee member.
	 * @throws ResourceNotFound no such item, or the actor may not work on it
	 * @throws EditorialRefusal an empty or too long body (field {@code body})
	 */
	@Transactional
	public long add(long itemId, ResourceActor actor, String body) {
		ResourceItem item = items.find(itemId).orElseThrow(() -> new ResourceNotFound(itemId));
		if (actor.accountId() == null || !ResourceActors.mayWorkOn(actor, item)) {
			throw new ResourceNotFound(itemId);
		}
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new EditorialRefusal("body", "resources.workflow.error.comment-empty");
		}
		if (text.length() > MAX_LENGTH) {
			throw new EditorialRefusal("body", "resources.workflow.error.comment-long", MAX_LENGTH);
		}
		Integer revision = jdbc.queryForObject("select max(number) from resource_revision where item_id = ?",
				Integer.class, itemId);
		ActorRole role = actor.committee() ? actor.role() : ActorRole.CONTRIBUTOR;
		return jdbc.queryForObject("insert into resource_comment (item_id, revision, author_id, author_label, "
				+ "author_role, body, created_at) values (?, ?, ?, ?, ?, ?, ?) returning id", Long.class, itemId,
				revision, actor.accountId(), actor.label(), role.name(), text, Timestamp.from(clock.instant()));
	}

	/** The item's comments, oldest first. */
	@Transactional(readOnly = true)
	public List<EditorialComment> of(long itemId) {
		return jdbc.query("select * from resource_comment where item_id = ? order by created_at, id",
				(rs, n) -> new EditorialComment(rs.getLong("id"), rs.getLong("item_id"),
						rs.getObject("revision", Integer.class), rs.getLong("author_id"), rs.getString("author_label"),
						ActorRole.valueOf(rs.getString("author_role")), rs.getString("body"),
						rs.getTimestamp("created_at").toInstant()),
				itemId);
	}

}
