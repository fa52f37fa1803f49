package org.gide.agenda.events;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way the other parts of the agenda read and write {@link AgendaEvent}s (the repository stays private to
 * this package). The registrations part locks the event row with {@link #lock(long)} before counting seats, so
 * that two people never take the last one.
 */
@Service
public class AgendaEvents {

	private final AgendaEventRepository repository;

	private final EntityManager entityManager;

	AgendaEvents(AgendaEventRepository repository, EntityManager entityManager) {
		this.repository = repository;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public Optional<AgendaEvent> find(long id) {
		return repository.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<AgendaEvent> findByCallWorkshop(long callWorkshopId) {
		return repository.findByCallWorkshopId(callWorkshopId);
	}

	/** The event locked for update ({@code select … for update}) in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<AgendaEvent> lock(long id) {
		return Optional.ofNullable(entityManager.find(AgendaEvent.class, id, LockModeType.PESSIMISTIC_WRITE));
	}

	/** Persists the event as it is (new or changed) and flushes, so that constraint violations surface here. */
	@Transactional
	public AgendaEvent store(AgendaEvent event) {
		return repository.saveAndFlush(event);
	}

}
