package org.gide.agenda.events;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.agenda.EventKind;

/**
 * Creating, editing, publishing and cancelling events (docs/agenda.md § 1, § 3). Every method checks the person's
 * rights with {@link EventManagers}: an event they may not manage is an {@link EventNotFound} (404). Forms are
 * validated by {@link EventFields} before they reach this service; a stale version is a {@link StaleEvent}. The
 * events {@link EventCancelled} and {@link EventCapacityChanged} are published in the writing transaction.
 */
@Service
public class EventEditing {

	/** How many events « mes événements » lists at most. */
	static final int LIST_LIMIT = 500;

	private final AgendaEventRepository repository;

	private final AgendaEvents events;

	private final EventFields fields;

	private final ApplicationEventPublisher publisher;

	private final ObjectProvider<Clock> clock;

	EventEditing(AgendaEventRepository repository, AgendaEvents events, EventFields fields,
			ApplicationEventPublisher publisher, ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.events = events;
		this.fields = fields;
		this.publisher = publisher;
		this.clock = clock;
	}

	Instant now() {
		return clock.getIfAvailable(Clock::systemUTC).instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** The event, if this person manages it; otherwise (or if it does not exist) {@link EventNotFound}. */
	@Transactional(readOnly = true)
	public AgendaEvent manageable(long id, EventManager manager) {
		return repository.findById(id).filter(e -> EventManagers.mayManage(manager, e)).orElseThrow(EventNotFound::new);
	}

	/** Creates a DRAFT event from a valid form, published at once when {@code publish}. */
	@Transactional
	public AgendaEvent create(EventKind kind, EventForm form, EventManager manager, boolean publish) {
		if (!EventManagers.mayCreate(manager, kind)) {
			throw new EventNotFound();
		}
		Instant now = now();
		AgendaEvent event = new AgendaEvent(kind, EventFields.slug(form.getTitle()), form.getTitle().strip(),
				EventFields.parseLocal(form.getStartsAt()), EventFields.parseLocal(form.getEndsAt()),
				manager.accountId(), now);
		fields.apply(kind, form, event);
		if (publish) {
			event.setState(EventState.PUBLISHED);
			event.setPublishedAt(now);
		}
		return events.store(event);
	}

	/**
	 * Saves a valid form onto the event if it is still at the form's version; when the capacity changed,
	 * {@link EventCapacityChanged} is published in the transaction. Publishes a draft too when {@code publish}.
	 */
	@Transactional
	public AgendaEvent update(long id, EventForm form, EventManager manager, boolean publish) {
		AgendaEvent event = manageable(id, manager);
		if (event.getKind() == EventKind.CALL_WORKSHOP) {
			throw new EventNotFound();
		}
		check(event, form.getVersion());
		Integer previousCapacity = event.getCapacity();
		fields.apply(event.getKind(), form, event);
		detachFromSeries(event);
		Instant now = now();
		event.setUpdatedAt(now);
		if (publish && event.getState() == EventState.DRAFT) {
			event.setState(EventState.PUBLISHED);
			event.setPublishedAt(now);
		}
		AgendaEvent saved = store(event);
		if (!Objects.equals(previousCapacity, saved.getCapacity())) {
			publisher.publishEvent(new EventCapacityChanged(saved.getId(), previousCapacity, saved.getCapacity()));
		}
		return saved;
	}

	/** Publishes a draft (a published or cancelled event stays as it is). */
	@Transactional
	public AgendaEvent publish(long id, long version, EventManager manager) {
		AgendaEvent event = manageable(id, manager);
		if (event.getKind() == EventKind.CALL_WORKSHOP) {
			throw new EventNotFound();
		}
		check(event, version);
		if (event.getState() != EventState.DRAFT) {
			return event;
		}
		Instant now = now();
		event.setState(EventState.PUBLISHED);
		event.setPublishedAt(now);
		event.setUpdatedAt(now);
		return store(event);
	}

	/**
	 * Cancels a published event with its reason (already checked not blank): state CANCELLED, the reason kept, and
	 * {@link EventCancelled} published in the transaction (the registrations part writes to the people registered).
	 */
	@Transactional
	public AgendaEvent cancel(long id, long version, String reason, EventManager manager) {
		AgendaEvent event = manageable(id, manager);
		if (event.getKind() == EventKind.CALL_WORKSHOP) {
			throw new EventNotFound();
		}
		check(event, version);
		if (event.getState() != EventState.PUBLISHED) {
			return event;
		}
		String text = reason.strip();
		event.setState(EventState.CANCELLED);
		event.setCancelledReason(text);
		detachFromSeries(event);
		event.setUpdatedAt(now());
		AgendaEvent saved = store(event);
		publisher.publishEvent(new EventCancelled(saved.getId(), text));
		return saved;
	}

	/**
	 * The events this person manages (agents: every event, optionally of one kind), upcoming first (soonest first),
	 * then past ones (latest first).
	 */
	@Transactional(readOnly = true)
	public List<AgendaEvent> managedBy(EventManager manager, EventKind kind) {
		PageRequest page = PageRequest.of(0, LIST_LIMIT);
		List<AgendaEvent> found;
		if (manager.agent()) {
			found = repository.every(kind, page);
		}
		else if (manager.administered().isEmpty()) {
			found = List.of();
		}
		else {
			found = repository.organisedBy(manager.administered(), page)
				.stream()
				.filter(e -> kind == null || e.getKind() == kind)
				.toList();
		}
		Instant now = now();
		List<AgendaEvent> upcoming = new ArrayList<>(found.stream().filter(e -> !e.getEndsAt().isBefore(now)).toList());
		upcoming.sort(Comparator.comparing(AgendaEvent::getStartsAt));
		List<AgendaEvent> past = found.stream().filter(e -> e.getEndsAt().isBefore(now)).toList();
		upcoming.addAll(past);
		return upcoming;
	}

	private static void check(AgendaEvent event, Long version) {
		if (version == null || version != event.getVersion()) {
			throw new StaleEvent(event.getVersion());
		}
	}

	private AgendaEvent store(AgendaEvent event) {
		try {
			return events.store(event);
		}
		catch (ObjectOptimisticLockingFailureException e) {
			throw new StaleEvent(event.getVersion());
		}
	}

	/** An occurrence of a series edited or cancelled on its own leaves the series' later edits alone. */
	private static void detachFromSeries(AgendaEvent event) {
		if (event.getSeriesId() != null) {
			event.setDetached(true);
		}
	}

}
