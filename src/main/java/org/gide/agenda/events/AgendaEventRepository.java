package org.gide.agenda.events;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reads and writes {@link AgendaEvent}s; other parts go through {@link AgendaEvents}. */
interface AgendaEventRepository extends JpaRepository<AgendaEvent, Long> {

	Optional<AgendaEvent> findByCallWorkshopId(long callWorkshopId);

}
