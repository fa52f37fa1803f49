package org.gide.agenda.events;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.gide.agenda.EventKind;

/** Reads and writes {@link AgendaEvent}s; other parts go through {@link AgendaEvents}. */
interface AgendaEventRepository extends JpaRepository<AgendaEvent, Long> {

	Optional<AgendaEvent> findByCallWorkshopId(long callWorkshopId);

	/** Events with one of these organisers, latest start first. */
	@Query("select distinct e from AgendaEvent e join e.organiserIds o where o in :organisations order by e.startsAt desc")
	List<AgendaEvent> organisedBy(Collection<Long> organisations, Pageable page);

	@Query("select e from AgendaEvent e where (:kind is null or e.kind = :kind) order by e.startsAt desc")
	List<AgendaEvent> every(EventKind kind, Pageable page);

}
