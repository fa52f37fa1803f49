package org.gide.resources.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.directory.OrganisationMemberships;
import org.gide.mail.Mailer;
import org.gide.resources.item.ResourceActor;
import org.gide.resources.item.ResourceActors;
import org.gide.resources.item.ResourceCreated;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.item.ResourceNotFound;

/**
 * The one writer of the state columns of {@code resource_item} ({@code state, submitted_at, scheduled_for,
 * published_at, last_published_at}) and of {@code resource_transition}: every editorial action of
 * docs/resources.md § 3. An action locks the row, checks the version the user saw, the actor's right on the item,
 * the transition ({@link ResourceState#next}), the reason, the date and the type's required fields, changes the
 * state through JPA (Hibernate Search follows), logs the transition with the current revision and queues the
 * decision mail to the administrators of the contributing organisation (the outbox is transactional: a
 * rolled-back action sends nothing).
 */
@Service
public class EditorialWorkflow {

	/** Actions that mail the contributing organisation's administrators. */
	private static final Set<EditorialAction> MAILED = Set.of(EditorialAction.REQUEST_CHANGES,
			EditorialAction.APPROVE, EditorialAction.PUBLISH, EditorialAction.UNPUBLISH, EditorialAction.DECLINE);

	private final ResourceItems items;

	private final JdbcTemplate jdbc;

	private final OrganisationMemberships memberships;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Clock clock;

	EditorialWorkflow(ResourceItems items, JdbcTemplate jdbc, OrganisationMemberships memberships, Mailer mailer,
			MessageSource messages, ObjectProvider<Clock> clock) {
		this.items = items;
		this.jdbc = jdbc;
		this.memberships = memberships;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Logs the creation of an item (CREATE, to DRAFT) in the transaction that created it. */
	@EventListener
	void created(ResourceCreated event) {
		ResourceActor actor = event.actor();
		jdbc.update("insert into resource_transition (item_id, action, from_state, to_state, actor_id, actor_label, "
				+ "actor_role, reason, revision, at) values (?, 'CREATE', null, 'DRAFT', ?, ?, ?, '', ?, ?)",
				event.itemId(), actor.accountId(), actor.label(), actor.role().name(), currentRevision(event.itemId()),
				Timestamp.from(event.at()));
	}

	/**
	 * Applies an action of a person (contributor or committee) to the item as it was at {@code expectedVersion}.
	 * @param reason required for REQUEST_CHANGES, UNPUBLISH and DECLINE; optional otherwise (logged)
	 * @param scheduledFor the publication time for SCHEDULE (in the future); ignored otherwise
	 * @return the item in its new state (new version)
	 * @throws ResourceNotFound no such item, or the actor may not work on it
	 * @throws StaleResourceException the item changed since {@code expectedVersion}
	 * @throws EditorialRefusal the action is not allowed now, or its reason, date or the item's fields are missing
	 */
	@Transactional
	public ResourceItem apply(long itemId, long expectedVersion, EditorialAction action, ResourceActor actor,
			String reason, Instant scheduledFor) {
		return apply(itemId, expectedVersion, action, actor, reason, scheduledFor, clock.instant());
	}

	/**
	 * Applies an action as the application itself (role SYSTEM, no version check, no required-field check): the
	 * due-schedule job and the deliverables. Joins the caller's transaction if there is one.
	 */
	@Transactional
	public ResourceItem applyAsSystem(long itemId, EditorialAction action, String reason) {
		return applyAsSystem(itemId, action, reason, clock.instant());
	}

	ResourceItem applyAsSystem(long itemId, EditorialAction action, String reason, Instant now) {
		return apply(itemId, null, action, ResourceActor.system(), reason, null, now);
	}

	ResourceItem apply(long itemId, Long expectedVersion, EditorialAction action, ResourceActor actor, String reason,
			Instant scheduledFor, Instant at) {
		Instant now = at.truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
		ResourceItem item = items.lock(itemId).orElseThrow(() -> new ResourceNotFound(itemId));
		boolean system = actor.role() == ActorRole.SYSTEM;
		if (!system && !ResourceActors.mayWorkOn(actor, item)) {
			throw new ResourceNotFound(itemId);
		}
		if (expectedVersion != null && item.getVersion() != expectedVersion) {
			throw new StaleResourceException(itemId);
		}
		ActorRole role = effectiveRole(actor, item, action);
		ResourceState from = item.getState();
		ResourceState to = from.next(action, role)
			.orElseThrow(() -> new EditorialRefusal(null, "resources.workflow.error.transition",
					label(action.labelKey()), label(from.labelKey())));
		String why = reason == null ? "" : reason.strip();
		if (!system && action.needsReason() && why.isEmpty()) {
			throw new EditorialRefusal("reason", "resources.workflow.error.reason-required");
		}
		if (why.length() > 4000) {
			throw new EditorialRefusal("reason", "resources.workflow.error.reason-long", 4000);
		}
		if (action == EditorialAction.SCHEDULE) {
			if (scheduledFor == null) {
				throw new EditorialRefusal("scheduledFor", "resources.workflow.error.date-required");
			}
			if (!scheduledFor.isAfter(now)) {
				throw new EditorialRefusal("scheduledFor", "resources.workflow.error.date-past");
			}
		}
		if (!system && (action == EditorialAction.SUBMIT || action == EditorialAction.SCHEDULE
				|| action == EditorialAction.PUBLISH)) {
			List<String> missing = RequiredFields.missing(item);
			if (!missing.isEmpty()) {
				throw new EditorialRefusal(null, "resources.workflow.error.missing", missing);
			}
		}
		item.setState(to);
		item.setScheduledFor(to == ResourceState.SCHEDULED ? scheduledFor : null);
		if (action == EditorialAction.SUBMIT) {
			item.setSubmittedAt(now);
		}
		if (to == ResourceState.PUBLISHED) {
			if (item.getPublishedAt() == null) {
				item.setPublishedAt(now);
			}
			item.setLastPublishedAt(now);
		}
		ResourceItem saved = items.store(item);
		Integer revision = currentRevision(itemId);
		jdbc.update("insert into resource_transition (item_id, action, from_state, to_state, actor_id, actor_label, "
				+ "actor_role, reason, revision, at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", itemId, action.name(),
				from.name(), to.name(), actor.accountId(), actor.label(), role.name(), why, revision,
				Timestamp.from(now));
		if (MAILED.contains(action) && (!system || from == ResourceState.SCHEDULED)) {
			mail(saved, action, actor, why);
		}
		return saved;
	}

	/**
	 * The role the action is performed in: the actor's, except for a committee member who also administers one of
	 * the item's organisations and does what only contributors do (withdraw their own submission).
	 */
	private static ActorRole effectiveRole(ResourceActor actor, ResourceItem item, EditorialAction action) {
		if (actor.committee() && item.getState().next(action, actor.role()).isEmpty()
				&& item.getOrganisationIds().stream().anyMatch(actor::administers)
				&& item.getState().next(action, ActorRole.CONTRIBUTOR).isPresent()) {
			return ActorRole.CONTRIBUTOR;
		}
		return actor.role();
	}

	/** The actions this actor may perform on the item now (buttons of the workspace). */
	public Set<EditorialAction> possibleActions(ResourceItem item, ResourceActor actor) {
		Set<EditorialAction> actions = new LinkedHashSet<>(item.getState().actions(actor.role()));
		if (actor.committee() && item.getOrganisationIds().stream().anyMatch(actor::administers)) {
			actions.addAll(item.getState().actions(ActorRole.CONTRIBUTOR));
		}
		return actions;
	}

	/** The log of the item, oldest first. */
	@Transactional(readOnly = true)
	public List<EditorialTransition> transitions(long itemId) {
		return jdbc.query("select * from resource_transition where item_id = ? order by at, id",
				(rs, n) -> new EditorialTransition(rs.getLong("id"), rs.getLong("item_id"),
						EditorialAction.valueOf(rs.getString("action")),
						rs.getString("from_state") == null ? null : ResourceState.valueOf(rs.getString("from_state")),
						ResourceState.valueOf(rs.getString("to_state")), (Long) rs.getObject("actor_id", Long.class),
						rs.getString("actor_label"), ActorRole.valueOf(rs.getString("actor_role")),
						rs.getString("reason"), (Integer) rs.getObject("revision", Integer.class),
						rs.getTimestamp("at").toInstant()),
				itemId);
	}

	/** The highest revision number of the item ({@code resource_revision}), null before the first. */
	Integer currentRevision(long itemId) {
		return jdbc.queryForObject("select max(number) from resource_revision where item_id = ?", Integer.class,
				itemId);
	}

	private void mail(ResourceItem item, EditorialAction action, ResourceActor actor, String reason) {
		Long organisation = item.getContributingOrganisationId();
		if (organisation == null) {
			return;
		}
		Locale locale = Locale.FRENCH;
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("title", item.getTitle());
		model.put("decision", messages.getMessage("resources.workflow.mail.decision." + action.name(), null, locale));
		model.put("state", messages.getMessage(item.getState().labelKey(), null, locale));
		model.put("reason", reason);
		model.put("actor", actor.label());
		model.put("itemId", item.getId());
		model.put("published", item.getState() == ResourceState.PUBLISHED);
		model.put("publicPath", item.path());
		Set<String> recipients = new LinkedHashSet<>();
		for (OrganisationMemberships.Administrator administrator : memberships.administrators(organisation)) {
			if (administrator.email() != null && !administrator.email().isBlank()
					&& !java.util.Objects.equals(administrator.accountId(), actor.accountId())) {
				recipients.add(administrator.email());
			}
		}
		recipients.forEach(to -> mailer.send(to, locale, "resources.workflow.mail.subject",
				new Object[] { messages.getMessage("resources.workflow.mail.decision." + action.name(), null, locale),
						item.getTitle() },
				"resources-decision", model));
	}

	private static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(key);
	}

}
