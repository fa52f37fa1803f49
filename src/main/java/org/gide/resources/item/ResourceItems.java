package org.gide.resources.item;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.gide.directory.OrganisationNames;
import org.gide.resources.ResourceType;
import org.gide.resources.item.ResourceFields.Field;
import org.gide.resources.workflow.ResourceState;
import org.gide.territory.Communes;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;
import org.gide.web.RichText;

/**
 * The one way the other parts of the module read and write {@link ResourceItem}s (the repository stays private to
 * this package). Every write goes through JPA so that Hibernate Search follows (docs/resources.md § 5).
 * Content operations ({@link #create}, {@link #saveContent}, {@link #delete}) check who may write what in which
 * state (§ 3) and keep the revisions; the workflow (part B) locks the row with {@link #lock(long)} and changes only
 * the state columns.
 */
@Service
public class ResourceItems {

	/** States in which the contributors may change the content; the committee may in any state but DECLINED. */
	static final Set<ResourceState> CONTRIBUTOR_EDITABLE = EnumSet.of(ResourceState.DRAFT,
			ResourceState.CHANGES_REQUESTED, ResourceState.UNPUBLISHED);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
	};

	private final ResourceItemRepository repository;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final ResourceContent content;

	private final OrganisationNames organisationNames;

	private final Territories territories;

	private final MessageSource messages;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ResourceItems(ResourceItemRepository repository, EntityManager entityManager, JdbcTemplate jdbc,
			OrganisationNames organisationNames, Territories territories, Communes communes, MessageSource messages,
			ObjectProvider<Clock> clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.organisationNames = organisationNames;
		this.territories = territories;
		this.messages = messages;
		this.content = new ResourceContent(organisationNames, territories, communes);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Transactional(readOnly = true)
	public Optional<ResourceItem> find(long id) {
		return repository.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<ResourceItem> findByDeliverable(long deliverableId) {
		return repository.findByDeliverableId(deliverableId);
	}

	/** The item locked for update ({@code select … for update}) in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<ResourceItem> lock(long id) {
		return Optional.ofNullable(entityManager.find(ResourceItem.class, id, LockModeType.PESSIMISTIC_WRITE));
	}

	/**
	 * Persists the item as it is (new or changed) and flushes, so that constraint violations surface here. For
	 * tests' fixtures and the parts' own writes; forms go through {@link #create} and {@link #saveContent}.
	 */
	@Transactional
	public ResourceItem store(ResourceItem item) {
		return repository.saveAndFlush(item);
	}

	// — rights

	/** Whether the actor may change the item's content now (§ 3): its authors or the committee, by state. */
	public static boolean mayEdit(ResourceActor actor, ResourceItem item) {
		if (item.getType() == ResourceType.DELIVERABLE || !ResourceActors.mayWorkOn(actor, item)) {
			return false;
		}
		return actor.committee() ? item.getState() != ResourceState.DECLINED
				: CONTRIBUTOR_EDITABLE.contains(item.getState());
	}

	/** Whether the item may be deleted: a DRAFT never published, by its authors or the committee. */
	public static boolean mayDelete(ResourceActor actor, ResourceItem item) {
		return ResourceActors.mayWorkOn(actor, item) && item.getState() == ResourceState.DRAFT
				&& item.getPublishedAt() == null && item.getType() != ResourceType.DELIVERABLE;
	}

	/**
	 * The item if the actor may work on it ({@link ResourceNotFound} otherwise, as if it did not exist); whether its
	 * content may be changed now is {@link #mayEdit}.
	 */
	@Transactional(readOnly = true)
	public ResourceItem workable(long id, ResourceActor actor) {
		return repository.findById(id)
			.filter(item -> ResourceActors.mayWorkOn(actor, item))
			.orElseThrow(() -> new ResourceNotFound(id));
	}

	/** The items of the organisations the actor administers and those the actor created, latest change first. */
	@Transactional(readOnly = true)
	public List<ResourceItem> contributionsOf(ResourceActor actor) {
		Set<Long> organisations = actor.administeredOrganisationIds();
		List<ResourceItem> items = entityManager
			.createQuery("select distinct i from ResourceItem i left join i.organisationIds o "
					+ "where i.createdBy = :account or o in :organisations", ResourceItem.class)
			.setParameter("account", actor.accountId())
			.setParameter("organisations", organisations.isEmpty() ? Set.of(-1L) : organisations)
			.getResultList();
		return items.stream().sorted(Comparator.comparing(ResourceItem::getUpdatedAt).reversed()).toList();
	}

	/** The form showing the item's content as stored. */
	public ResourceForm formOf(ResourceItem item) {
		return ResourceContent.formOf(item);
	}

	// — content

	/**
	 * Creates a DRAFT item of the type from the form, by a contributor for an organisation they administer or by
	 * the committee (organisation optional), and writes revision 1. Refused values: {@link ResourceRefused}.
	 */
	@Transactional
	public ResourceItem create(ResourceType type, ResourceForm form, ResourceActor actor) {
		if (type == ResourceType.DELIVERABLE || actor.accountId() == null) {
			throw new IllegalArgumentException("Deliverables come from the calls only");
		}
		ResourceContent.Values values = content.read(type, form, actor, null);
		Instant now = clock.instant();
		ResourceItem item = new ResourceItem(type, ResourceContent.slug(values.title()), values.title(),
				values.licence(), actor.accountId(), actor.label(), now);
		ResourceContent.apply(item, values);
		item = repository.saveAndFlush(item);
		recordRevision(item, actor);
		events.publishEvent(new ResourceCreated(item.getId(), actor, now));
		return item;
	}

	/**
	 * Saves the form over the item if it is still at {@code version} ({@link StaleResource} otherwise, nothing
	 * written) and the actor may edit it in its state ({@link ResourceNotFound} when the actor may not work on it,
	 * {@link ResourceLocked} when the state forbids it). A new revision is written when what readers see changed.
	 */
	@Transactional
	public ResourceItem saveContent(long id, long version, ResourceForm form, ResourceActor actor) {
		ResourceItem item = lock(id).filter(i -> ResourceActors.mayWorkOn(actor, i))
			.orElseThrow(() -> new ResourceNotFound(id));
		if (!mayEdit(actor, item)) {
			throw new ResourceLocked(id, item.getState());
		}
		if (item.getVersion() != version) {
			throw new StaleResource(id, item.getVersion());
		}
		ResourceContent.Values values = content.read(item.getType(), form, actor, item.getContributingOrganisationId());
		Snapshot before = snapshot(item);
		ResourceContent.apply(item, values);
		if (item.getPublishedAt() == null) {
			item.setSlug(ResourceContent.slug(values.title()));
		}
		if (!snapshot(item).equals(before)) {
			item.setUpdatedAt(clock.instant());
		}
		item = repository.saveAndFlush(item);
		recordRevision(item, actor);
		return item;
	}

	/**
	 * Deletes a DRAFT never published, with its files, revisions and log; {@link ResourceLocked} otherwise.
	 * Returns the storage keys of its files, for {@link ResourceAttachments} to remove once committed.
	 */
	@Transactional
	public List<String> delete(long id, long version, ResourceActor actor) {
		ResourceItem item = lock(id).filter(i -> ResourceActors.mayWorkOn(actor, i))
			.orElseThrow(() -> new ResourceNotFound(id));
		if (!mayDelete(actor, item)) {
			throw new ResourceLocked(id, item.getState());
		}
		if (item.getVersion() != version) {
			throw new StaleResource(id, item.getVersion());
		}
		List<String> keys = jdbc.queryForList("select storage_key from resource_attachment where item_id = ?",
				String.class, id);
		repository.delete(item);
		repository.flush();
		return keys;
	}

	/**
	 * What the item as stored lacks to be submitted (a required field empty…), each problem naming its form field
	 * and message; empty when complete. Forms refuse incomplete saves, so this matters for items written otherwise.
	 */
	@Transactional(readOnly = true)
	public List<ResourceRefused.Problem> unmetRequirements(ResourceItem item) {
		try {
			content.read(item.getType(), ResourceContent.formOf(item),
					new ResourceActor(null, "check", org.gide.resources.workflow.ActorRole.EDITOR, Set.of()),
					item.getContributingOrganisationId());
			return List.of();
		}
		catch (ResourceRefused refused) {
			return refused.problems();
		}
	}

	// — revisions

	/** What readers see of an item, compared to decide whether a save makes a revision. */
	record Snapshot(String title, String summary, String body, Map<String, String> details) {
	}

	Snapshot snapshot(ResourceItem item) {
		Locale fr = Locale.FRENCH;
		Map<String, String> details = new LinkedHashMap<>();
		for (Field field : ResourceFields.of(item.getType())) {
			String value = ResourceContent.get(item, field.name());
			if (value.isEmpty()) {
				continue;
			}
			String text = switch (field.kind()) {
				case RICH -> RichText.plainText(value);
				case CHOICE -> messages.getMessage(field.optionKey(value), null, value, fr);
				default -> value;
			};
			details.put(field.labelKey(), text);
		}
		if (item.getLicence() != null) {
			details.put("resources.field.licence", messages.getMessage(item.getLicence().labelKey(), null, fr));
		}
		put(details, "resources.field.sectors", item.getSectors()
			.stream()
			.map(s -> messages.getMessage(s.messageKey(), null, s.name(), fr))
			.sorted()
			.toList());
		Map<Long, String> territoryNames = territories.list()
			.stream()
			.collect(Collectors.toMap(TerritorySummary::id, TerritorySummary::nom));
		put(details, "resources.field.territories",
				item.getTerritoryIds().stream().map(t -> territoryNames.getOrDefault(t, "#" + t)).sorted().toList());
		put(details, "resources.field.tags", item.getTags().stream().sorted().toList());
		put(details, "resources.field.organisations", item.getOrganisationIds()
			.stream()
			.map(o -> organisationNames.name(o).orElse("#" + o))
			.toList());
		if (item.getId() != null) {
			put(details, "resources.field.attachments", jdbc.queryForList(
					"select title || ' (' || file_name || ')' from resource_attachment where item_id = ? "
							+ "order by position, id", String.class, item.getId()));
		}
		return new Snapshot(item.getTitle(), item.getSummary(), item.getBody(), details);
	}

	private static void put(Map<String, String> details, String key, List<String> values) {
		if (!values.isEmpty()) {
			details.put(key, String.join(", ", values));
		}
	}

	/**
	 * Writes a revision of the item if what readers see differs from its latest revision (or it has none), in the
	 * caller's transaction; {@link #create}, {@link #saveContent} and {@link ResourceAttachments} call it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordRevision(ResourceItem item, ResourceActor actor) {
		Snapshot now = snapshot(item);
		Optional<ResourceRevision> latest = latest(item.getId());
		if (latest.isPresent() && new Snapshot(latest.get().title(), latest.get().summary(), latest.get().body(),
				latest.get().details()).equals(now)) {
			return;
		}
		jdbc.update("insert into resource_revision (item_id, number, author_id, author_label, created_at, title, "
				+ "summary, body, details) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)", item.getId(),
				latest.map(ResourceRevision::number).orElse(0) + 1, actor.accountId(), actor.label(),
				Timestamp.from(clock.instant()), now.title(), now.summary(), now.body(),
				JSON.writeValueAsString(now.details()));
	}

	private Optional<ResourceRevision> latest(long itemId) {
		return jdbc.query("select * from resource_revision where item_id = ? order by number desc limit 1",
				(rs, n) -> revision(rs), itemId).stream().findFirst();
	}

	private static ResourceRevision revision(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ResourceRevision(rs.getInt("number"), rs.getString("author_label"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("title"), rs.getString("summary"),
				rs.getString("body"), JSON.readValue(rs.getString("details"), DETAILS));
	}

	/** The revisions of an item, oldest first (number 1 is the creation). */
	@Transactional(readOnly = true)
	public List<ResourceRevision> revisions(long itemId) {
		return ordered(itemId, jdbc.query("select * from resource_revision where item_id = ? order by number",
				(rs, n) -> revision(rs), itemId));
	}

	/** One revision of an item. */
	@Transactional(readOnly = true)
	public Optional<ResourceRevision> revision(long itemId, int number) {
		return ordered(itemId, jdbc.query("select * from resource_revision where item_id = ? and number = ?",
				(rs, n) -> revision(rs), itemId, number)).stream().findFirst();
	}

	/** jsonb keeps no key order: the details are put back in form order. */
	private List<ResourceRevision> ordered(long itemId, List<ResourceRevision> revisions) {
		if (revisions.isEmpty()) {
			return revisions;
		}
		ResourceType type = repository.findById(itemId).map(ResourceItem::getType).orElse(ResourceType.NEWS);
		List<String> order = new ArrayList<>(ResourceFields.of(type).stream().map(Field::labelKey).toList());
		order.addAll(List.of("resources.field.licence", "resources.field.sectors", "resources.field.territories",
				"resources.field.tags", "resources.field.organisations", "resources.field.attachments"));
		Comparator<String> byOrder = Comparator.comparing(k -> order.contains(k) ? order.indexOf(k) : order.size());
		return revisions.stream().map(r -> {
			Map<String, String> details = new LinkedHashMap<>();
			r.details().keySet().stream().sorted(byOrder.thenComparing(Comparator.naturalOrder()))
				.forEach(k -> details.put(k, r.details().get(k)));
			return new ResourceRevision(r.number(), r.authorLabel(), r.createdAt(), r.title(), r.summary(), r.body(),
					details);
		}).toList();
	}

}
