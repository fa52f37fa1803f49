package org.gide.agenda.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.support.IntegrationTest;

/**
 * The iCalendar files over real HTTP, parsed with ical4j: one event's file (exact title, description, place, times,
 * URL, sequence), a cancelled one, a draft's 404, and the filtered feed (30 days back, drafts left out).
 */
class IcsFeedTest extends IntegrationTest {

	@Autowired
	AgendaEvents events;

	@Autowired
	JdbcTemplate jdbc;

	CalendarTestData data;

	long organiser;

	@BeforeEach
	void organiser() {
		data = new CalendarTestData(events, jdbc);
		organiser = data.organisation("Réseau des calendriers");
	}

	private static Calendar parse(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).get().asString()
			.isEqualToIgnoringWhitespace("text/calendar;charset=UTF-8");
		return new CalendarBuilder().build(new StringReader(response.body()));
	}

	@Test
	void oneEventsFileHoldsItsPublicValues() throws Exception {
		AgendaEvent event = data.published(EventKind.TRAINING, CalendarTestData.daysAhead(12), IcsWriterTest.TITLE, e -> {
			e.setSummary("Deux demi-journées; pour écrire, ensemble, des statuts.");
			e.setDescription("<p>Apportez vos <strong>statuts</strong>.</p><p>Café offert</p>");
		}, organiser);
		Calendar calendar = parse(web().get("/agenda/evenements/" + event.getId() + ".ics"));
		List<VEvent> vevents = calendar.getComponents("VEVENT");
		assertThat(vevents).hasSize(1);
		VEvent vevent = vevents.get(0);
		assertThat(vevent.getRequiredProperty("SUMMARY").getValue()).isEqualTo(IcsWriterTest.TITLE);
		assertThat(vevent.getRequiredProperty("UID").getValue()).isEqualTo("agenda-" + event.getId() + "@localhost");
		assertThat(vevent.getRequiredProperty("DESCRIPTION").getValue())
			.isEqualTo("Deux demi-journées; pour écrire, ensemble, des statuts.\n\nApportez vos statuts . Café offert");
		assertThat(vevent.getRequiredProperty("LOCATION").getValue()).isEqualTo("Maison de l’ESS, Nîmes");
		assertThat(vevent.getRequiredProperty("URL").getValue()).endsWith(event.path());
		assertThat(vevent.getRequiredProperty("STATUS").getValue()).isEqualTo("CONFIRMED");
		assertThat(vevent.getRequiredProperty("SEQUENCE").getValue()).isEqualTo(String.valueOf(event.getVersion()));
		assertThat(IcsWriterTest.instant(vevent.getRequiredProperty("DTSTART"))).isEqualTo(event.getStartsAt());
		assertThat(IcsWriterTest.instant(vevent.getRequiredProperty("DTEND"))).isEqualTo(event.getEndsAt());
		assertThat(vevent.getProperties("ATTENDEE")).isEmpty();
	}

	@Test
	void aCancelledEventSaysSoAndADraftHasNoFile() throws Exception {
		AgendaEvent cancelled = data.cancelled(EventKind.AWARENESS, CalendarTestData.daysAhead(5), "Sensibilisation annulée",
				organiser);
		VEvent vevent = parse(web().get("/agenda/evenements/" + cancelled.getId() + ".ics")).<VEvent>getComponents("VEVENT")
			.get(0);
		assertThat(vevent.getRequiredProperty("STATUS").getValue()).isEqualTo("CANCELLED");
		assertThat(vevent.getRequiredProperty("DESCRIPTION").getValue()).startsWith("Annulé : Intervenante malade");

		AgendaEvent draft = data.draft(EventKind.TRAINING, CalendarTestData.daysAhead(5), "Brouillon secret", organiser);
		assertThat(web().get("/agenda/evenements/" + draft.getId() + ".ics").statusCode()).isEqualTo(404);
		assertThat(web().get("/agenda/evenements/999999999.ics").statusCode()).isEqualTo(404);
	}

	@Test
	void theFeedFollowsTheFiltersAndGoesThirtyDaysBack() throws Exception {
		AgendaEvent recent = data.published(EventKind.PERMANENCE, CalendarTestData.daysAhead(-20), "Permanence récente",
				e -> {
				}, organiser);
		data.published(EventKind.PERMANENCE, CalendarTestData.daysAhead(-40), "Permanence ancienne", e -> {
		}, organiser);
		AgendaEvent training = data.published(EventKind.TRAINING, CalendarTestData.daysAhead(3), "Formation, en ligne",
				e -> e.setOnlineUrl("https://visio.example.org/salle"), organiser);
		data.draft(EventKind.TRAINING, CalendarTestData.daysAhead(4), "Brouillon du flux", organiser);

		Calendar all = parse(web().get("/agenda.ics?organisation=" + organiser));
		assertThat(all.<VEvent>getComponents("VEVENT").stream().map(v -> v.getRequiredProperty("SUMMARY").getValue()))
			.containsExactly("Permanence récente", "Formation, en ligne");
		assertThat(all.getRequiredProperty("X-WR-CALNAME").getValue()).isEqualTo("Agenda de l’ESS du Gard");

		Calendar trainings = parse(web().get("/agenda.ics?type=formations&organisation=" + organiser));
		List<VEvent> only = trainings.getComponents("VEVENT");
		assertThat(only).hasSize(1);
		assertThat(only.get(0).getRequiredProperty("UID").getValue()).isEqualTo("agenda-" + training.getId() + "@localhost");
		assertThat(only.get(0).getRequiredProperty("DESCRIPTION").getValue()).contains("https://visio.example.org/salle");
		assertThat(recent.getId()).isNotNull();
	}

}
