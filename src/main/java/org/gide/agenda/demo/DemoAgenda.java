package org.gide.agenda.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventFields;
import org.gide.agenda.events.EventState;
import org.gide.agenda.events.MeetingFormat;
import org.gide.directory.OrganisationNames;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;

/**
 * Demo content ({@code gide.demo.enabled}): eight clearly fictitious published events in the coming months, so that
 * the agenda of {@code ./mvnw spring-boot:run} is not empty — trainings of two providers (one mutualised),
 * territorial meetings general and thematic in two territories, an awareness session and a permanence. Organisers
 * are the demo organisations of the directory that are resource actors (found by name). Created once: recognised
 * by their slugs ({@code demo-…}), so restarts add nothing.
 */
@Component
class DemoAgenda {

	private static final Logger log = LoggerFactory.getLogger(DemoAgenda.class);

	private static final ZoneId PARIS = EventFields.PARIS;

	private final AgendaEvents events;

	private final OrganisationNames organisationNames;

	private final Territories territories;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final boolean enabled;

	DemoAgenda(AgendaEvents events, OrganisationNames organisationNames, Territories territories, JdbcTemplate jdbc,
			TransactionTemplate transactions, ObjectProvider<Clock> clock,
			@Value("${gide.demo.enabled:false}") boolean enabled) {
		this.events = events;
		this.organisationNames = organisationNames;
		this.territories = territories;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(50)
	void createOnce() {
		if (!enabled || Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from agenda_event where slug like 'demo-%')", Boolean.class))) {
			return;
		}
		int created = transactions.execute(status -> create());
		log.info("Demo agenda: {} events created", created);
	}

	private int create() {
		List<AgendaEvent> made = new ArrayList<>();
		LocalDate today = LocalDate.now(clock.withZone(PARIS));
		LocalDate month = today.plusMonths(1).withDayOfMonth(1);
		Long incubator = organisation("Incubateur ESS Alter");
		Long franceActive = organisation("France Active Gard");
		Long network = organisation("Réseau ESS gardois");
		Long pole = organisation("Pôle territorial de coopération économique Alès");
		List<TerritorySummary> places = territories.list();
		Long first = places.isEmpty() ? null : places.get(0).id();
		Long second = places.size() > 1 ? places.get(1).id() : first;

		made.add(event(EventKind.TRAINING, "demo-monter-son-projet-cooperatif", "Monter son projet coopératif (démo)",
				weekday(month, DayOfWeek.TUESDAY, 1), LocalTime.of(9, 30), 180, e -> {
					e.setSummary("Une matinée pour passer de l’idée au statut : SCOP, SCIC ou association.");
					e.setThemes(List.of("emploi_insertion"));
					e.setOrganiserIds(ids(incubator));
					e.setCapacity(15);
					e.setNewTraining(true);
					e.setCommuneCode("30189");
					e.setPlace("Maison fictive de l’ESS, Nîmes");
					e.setAccessibility("Salle de plain-pied, boucle magnétique sur demande.");
				}));
		made.add(event(EventKind.TRAINING, "demo-financer-son-activite", "Financer son activité d’utilité sociale (démo)",
				weekday(month, DayOfWeek.THURSDAY, 2), LocalTime.of(14, 0), 180, e -> {
					e.setSummary("Prêts d’honneur, garanties, subventions : qui finance quoi.");
					e.setThemes(List.of("solidarite"));
					e.setOrganiserIds(ids(franceActive, incubator));
					e.setCapacity(20);
					e.setPriceEuros(new BigDecimal("30.00"));
					e.setPriceNote("Tarif réduit : 10 € pour les porteurs de projet sans revenu.");
					e.setCommuneCode("30007");
					e.setPlace("Salle fictive des coopératives, Alès");
				}));
		made.add(event(EventKind.TRAINING, "demo-gouvernance-partagee-en-ligne", "La gouvernance partagée, en ligne (démo)",
				weekday(month.plusMonths(1), DayOfWeek.MONDAY, 1), LocalTime.of(10, 0), 120, e -> {
					e.setThemes(List.of("numerique"));
					e.setOrganiserIds(ids(franceActive));
					e.setOnlineUrl("https://visio.example.org/demo-gouvernance");
				}));
		made.add(event(EventKind.TERRITORIAL_MEETING, "demo-rencontre-generale-premier-territoire",
				"Rencontre territoriale générale (démo)", weekday(month, DayOfWeek.FRIDAY, 2), LocalTime.of(9, 0), 180,
				e -> {
					e.setTerritoryId(first);
					e.setMeetingFormat(MeetingFormat.GENERAL);
					e.setOrganiserIds(ids(network));
					e.setOrganisedByDepartment(network == null);
					e.setCapacity(40);
					e.setPlace("Salle fictive des fêtes");
				}));
		made.add(event(EventKind.TERRITORIAL_MEETING, "demo-rencontre-thematique-alimentation",
				"Rencontre thématique : l’alimentation (démo)", weekday(month.plusMonths(2), DayOfWeek.FRIDAY, 1),
				LocalTime.of(14, 0), 150, e -> {
					e.setTerritoryId(second);
					e.setMeetingFormat(MeetingFormat.THEMATIC);
					e.setThemes(List.of("alimentation"));
					e.setOrganiserIds(ids(pole));
					e.setOrganisedByDepartment(pole == null);
					e.setCapacity(30);
					e.setPlace("Tiers-lieu fictif");
				}));
		made.add(event(EventKind.AWARENESS, "demo-sensibilisation-ess-agents-elus",
				"L’ESS expliquée aux agents et aux élus (démo)", weekday(month, DayOfWeek.WEDNESDAY, 3),
				LocalTime.of(14, 0), 120, e -> {
					e.setOrganisedByDepartment(true);
					e.setOrganiserIds(ids(network));
					e.setCommuneCode("30189");
					e.setPlace("Hôtel fictif du Département, Nîmes");
				}));
		made.add(event(EventKind.PERMANENCE, "demo-permanence-accompagnement",
				"Permanence d’accompagnement des porteurs de projet (démo)", weekday(month, DayOfWeek.MONDAY, 2),
				LocalTime.of(14, 0), 180, e -> {
					e.setOrganiserIds(ids(incubator));
					e.setOrganisedByDepartment(incubator == null);
					e.setRegistration(AgendaEvent.Registration.NONE);
					e.setPlace("Local fictif de l’incubateur, Nîmes");
					e.setCommuneCode("30189");
				}));
		made.add(event(EventKind.TRAINING, "demo-mesurer-son-impact-social", "Mesurer son impact social (démo)",
				weekday(month.plusMonths(2), DayOfWeek.TUESDAY, 3), LocalTime.of(9, 0), 360, e -> {
					e.setThemes(List.of("solidarite", "vie_locale"));
					e.setOrganiserIds(ids(incubator, franceActive));
					e.setCapacity(12);
					e.setPriceEuros(new BigDecimal("45.00"));
					e.setPlace("Maison fictive de l’ESS, Nîmes");
					e.setCommuneCode("30189");
				}));
		return made.size();
	}

	private AgendaEvent event(EventKind kind, String slug, String title, LocalDate day, LocalTime time, int minutes,
			Consumer<AgendaEvent> details) {
		var start = day.atTime(time).atZone(PARIS).toInstant();
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		AgendaEvent event = new AgendaEvent(kind, slug, title, start, start.plus(minutes, ChronoUnit.MINUTES), null, now);
		event.setAudiences(kind == EventKind.AWARENESS ? EnumSet.of(Audience.AGENTS_ELECTED)
				: EnumSet.of(Audience.ESS_ORGANISATIONS));
		event.setDescription("<p>Événement fictif de démonstration.</p>");
		details.accept(event);
		if (event.getOrganiserIds().isEmpty()) {
			event.setOrganisedByDepartment(true);
		}
		event.setState(EventState.PUBLISHED);
		event.setPublishedAt(now);
		return events.store(event);
	}

	private Long organisation(String name) {
		return organisationNames.find(name, 1).stream().findFirst().map(OrganisationNames.Match::id).orElse(null);
	}

	private static List<Long> ids(Long... ids) {
		List<Long> list = new ArrayList<>();
		for (Long id : ids) {
			Optional.ofNullable(id).ifPresent(list::add);
		}
		return list;
	}

	private static LocalDate weekday(LocalDate month, DayOfWeek day, int nth) {
		return month.with(TemporalAdjusters.dayOfWeekInMonth(nth, day));
	}

}
