package org.gide.agenda.workshops;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventCancelled;
import org.gide.agenda.events.EventState;
import org.gide.calls.call.CallForm;
import org.gide.calls.call.CallService;
import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calls' presentation workshops follow into the agenda through the calls' own service: created, edited,
 * cancelled and restored; those of a draft call only once it is published.
 */
@RecordApplicationEvents
class CallWorkshopMirrorTest extends IntegrationTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	CallService calls;

	@Autowired
	AgendaEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents applicationEvents;

	private long publishedCall(String title) {
		CallForm form = new CallForm();
		form.setTitle(title);
		form.setVersion(0L);
		form.setDescription("<p>Une description</p>");
		form.setDeadlineOn(LocalDate.now(PARIS).plusMonths(2).toString());
		long id = calls.create(form, null);
		calls.saveCriterion(id, null, "Coopération", "", "40");
		calls.publish(id);
		return id;
	}

	private long workshopId(long callId) {
		return jdbc.queryForObject("select max(id) from call_workshop where call_id = ?", Long.class, callId);
	}

	@Test
	void aWorkshopBecomesAPublishedEventOfTheDepartmentThatFollowsEditsCancellationAndRestoration() {
		String title = "Appel aux ateliers " + System.nanoTime();
		long callId = publishedCall(title);
		String day = LocalDate.now(PARIS).plusDays(20).toString();
		calls.saveWorkshop(callId, null, new CallService.WorkshopInput(day, "18:00", "20:00", "Foyer rural, Le Vigan",
				"30350", "", "Venez avec vos questions.", ""));
		long workshopId = workshopId(callId);

		AgendaEvent event = events.findByCallWorkshop(workshopId).orElseThrow();
		assertThat(event.getKind()).isEqualTo(EventKind.CALL_WORKSHOP);
		assertThat(event.getState()).isEqualTo(EventState.PUBLISHED);
		assertThat(event.getPublishedAt()).isNotNull();
		assertThat(event.getTitle()).isEqualTo("Atelier de présentation — " + title);
		assertThat(event.getCallId()).isEqualTo(callId);
		assertThat(event.isOrganisedByDepartment()).isTrue();
		assertThat(event.getOrganiserIds()).isEmpty();
		assertThat(event.getAudiences()).containsExactly(Audience.ESS_ORGANISATIONS);
		assertThat(event.getRegistration()).isEqualTo(AgendaEvent.Registration.OPEN);
		assertThat(event.getStartsAt()).isEqualTo(ZonedDateTime.of(LocalDate.parse(day).atTime(18, 0), PARIS).toInstant());
		assertThat(event.getEndsAt()).isEqualTo(ZonedDateTime.of(LocalDate.parse(day).atTime(20, 0), PARIS).toInstant());
		assertThat(event.getPlace()).isEqualTo("Foyer rural, Le Vigan");
		assertThat(event.getCommuneCode()).isEqualTo("30350");
		String slug = jdbc.queryForObject("select slug from call where id = ?", String.class, callId);
		assertThat(event.getDescription()).contains("Venez avec vos questions.", "href=\"/appels/" + slug + "\"");
		long version = event.getVersion();

		// Edited: online, no end time (two hours by default).
		calls.saveWorkshop(callId, workshopId, new CallService.WorkshopInput(day, "09:30", "", "",
				"", "https://visio.example.org/atelier", "", ""));
		AgendaEvent edited = events.findByCallWorkshop(workshopId).orElseThrow();
		assertThat(edited.getId()).isEqualTo(event.getId());
		assertThat(edited.getVersion()).isGreaterThan(version);
		assertThat(edited.getOnlineUrl()).isEqualTo("https://visio.example.org/atelier");
		assertThat(edited.getPlace()).isEmpty();
		assertThat(edited.getCommuneCode()).isNull();
		assertThat(java.time.Duration.between(edited.getStartsAt(), edited.getEndsAt()).toHours()).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from agenda_event where call_workshop_id = ?", Long.class,
				workshopId)).isEqualTo(1);

		// Cancelled: the event is cancelled with a reason, once.
		applicationEvents.clear();
		calls.cancelWorkshop(callId, workshopId, true);
		AgendaEvent cancelled = events.findByCallWorkshop(workshopId).orElseThrow();
		assertThat(cancelled.getState()).isEqualTo(EventState.CANCELLED);
		assertThat(cancelled.getCancelledReason()).isEqualTo(CallWorkshopMirror.CANCELLED_REASON);
		assertThat(applicationEvents.stream(EventCancelled.class)).containsExactly(new EventCancelled(event.getId(), CallWorkshopMirror.CANCELLED_REASON));
		calls.cancelWorkshop(callId, workshopId, true);
		assertThat(applicationEvents.stream(EventCancelled.class)).hasSize(1);

		// Restored: published again.
		calls.cancelWorkshop(callId, workshopId, false);
		AgendaEvent restored = events.findByCallWorkshop(workshopId).orElseThrow();
		assertThat(restored.getState()).isEqualTo(EventState.PUBLISHED);
		assertThat(restored.getCancelledReason()).isNull();
	}

	@Test
	void theWorkshopsOfADraftCallAppearOnlyWhenTheCallIsPublished() {
		CallForm form = new CallForm();
		form.setTitle("Appel en préparation " + System.nanoTime());
		form.setVersion(0L);
		form.setDescription("<p>Une description</p>");
		form.setDeadlineOn(LocalDate.now(PARIS).plusMonths(2).toString());
		long callId = calls.create(form, null);
		calls.saveCriterion(callId, null, "Coopération", "", "40");
		calls.saveWorkshop(callId, null, new CallService.WorkshopInput(LocalDate.now(PARIS).plusDays(30).toString(),
				"14:00", "16:00", "Maison de l’ESS", "30189", "", "", ""));
		long workshopId = workshopId(callId);
		assertThat(events.findByCallWorkshop(workshopId)).isEmpty();

		calls.publish(callId);
		assertThat(events.findByCallWorkshop(workshopId)).get()
			.extracting(AgendaEvent::getState)
			.isEqualTo(EventState.PUBLISHED);
	}

	@Test
	void announcingAnUnchangedWorkshopAgainChangesNothing() {
		long callId = publishedCall("Appel stable " + System.nanoTime());
		calls.saveWorkshop(callId, null, new CallService.WorkshopInput(LocalDate.now(PARIS).plusDays(40).toString(),
				"10:00", "12:00", "Salle des fêtes", "", "", "", ""));
		long workshopId = workshopId(callId);
		AgendaEvent first = events.findByCallWorkshop(workshopId).orElseThrow();
		calls.cancelWorkshop(callId, workshopId, false); // announced again, unchanged
		AgendaEvent again = events.findByCallWorkshop(workshopId).orElseThrow();
		assertThat(again.getVersion()).isEqualTo(first.getVersion());
		assertThat(again.getUpdatedAt()).isEqualTo(first.getUpdatedAt());
		assertThat(applicationEvents.stream(EventCancelled.class)).isEmpty();
	}

}
