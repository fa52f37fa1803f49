package org.gide.agenda.demo;

import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.agenda.events.AgendaEvents;
import org.gide.directory.OrganisationNames;
import org.gide.support.IntegrationTest;
import org.gide.territory.Territories;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo agenda: eight published events of every kind but workshops, created once whatever the restarts. */
class DemoAgendaTest extends IntegrationTest {

	@Autowired
	AgendaEvents events;

	@Autowired
	OrganisationNames organisationNames;

	@Autowired
	Territories territories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ObjectProvider<Clock> clock;

	@AfterEach
	void removeDemo() {
		jdbc.update("delete from agenda_event where slug like 'demo-%'");
	}

	@Test
	void createsEightPublishedEventsOnceOnly() {
		DemoAgenda demo = new DemoAgenda(events, organisationNames, territories, jdbc, transactions, clock, true);
		demo.createOnce();
		demo.createOnce();
		assertThat(jdbc.queryForObject("select count(*) from agenda_event where slug like 'demo-%' and state = "
				+ "'PUBLISHED' and starts_at > now()", Integer.class)).isEqualTo(8);
		assertThat(jdbc.queryForList("select distinct kind from agenda_event where slug like 'demo-%'", String.class))
			.containsExactlyInAnyOrder("TRAINING", "TERRITORIAL_MEETING", "AWARENESS", "PERMANENCE");
		assertThat(jdbc.queryForList("select distinct meeting_format from agenda_event where slug like 'demo-%' "
				+ "and kind = 'TERRITORIAL_MEETING'", String.class)).containsExactlyInAnyOrder("GENERAL", "THEMATIC");
		new DemoAgenda(events, organisationNames, territories, jdbc, transactions, clock, false).createOnce();
		assertThat(jdbc.queryForObject("select count(*) from agenda_event where slug like 'demo-%'", Integer.class))
			.isEqualTo(8);
	}

}
