package org.gide.agenda.series;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaSeriesRepository extends JpaRepository<AgendaSeries, Long> {
}
