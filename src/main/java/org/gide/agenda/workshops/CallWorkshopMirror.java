package org.gide.agenda.workshops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.EventFields;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventCancelled;
import org.gide.agenda.events.EventState;
import org.gide.calls.CallWorkshopScheduled;
import org.gide.web.RichText;

/**
 * Keeps one CALL_WORKSHOP event per workshop of a call (by {@code call_workshop_id}), in the calls' transaction:
 * published, organised by the Département, for ESS organisations, registration open, titled « Atelier de
 * présentation — (call title) », its description linking to the call's page. A cancelled workshop cancels the event
 * (with a reason; {@link EventCancelled} is published once, when the event becomes cancelled, so the registered
 * people are told once); a restored one is published again. Idempotent: the calls announce every workshop again at
 * start-up and an unchanged workshop changes nothing.
 */
@Component
class CallWorkshopMirror {

	/** Stored in {@code cancelled_reason} when the calls cancel a workshop. */
	static final String CANCELLED_REASON = "L’atelier a été annulé par la Mission ESS du Département.";

	/** Length of a workshop typed without an end time. */
	static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

	private final AgendaEvents events;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	CallWorkshopMirror(AgendaEvents events, ApplicationEventPublisher publisher, ObjectProvider<Clock> clock) {
		this.events = events;
		this.publisher = publisher;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@EventListener
	@Transactional
	public void scheduled(CallWorkshopScheduled workshop) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant start = workshop.startsAt().truncatedTo(ChronoUnit.MICROS);
		Instant end = workshop.endsAt() == null || !workshop.endsAt().isAfter(start) ? start.plus(DEFAULT_LENGTH)
				: workshop.endsAt().truncatedTo(ChronoUnit.MICROS);
		String title = title(workshop.callTitle());
		AgendaEvent event = events.findByCallWorkshop(workshop.workshopId()).orElse(null);
		boolean created = event == null;
		if (created) {
			event = new AgendaEvent(EventKind.CALL_WORKSHOP, slug(title), title, start, end, null, now);
			event.setCallWorkshopId(workshop.workshopId());
		}
		EventState before = event.getState();
		Snapshot old = created ? null : Snapshot.of(event);
		event.setCallId(workshop.callId());
		event.setTitle(title);
		event.setSlug(slug(title));
		event.setSummary(summary(workshop.callTitle()));
		event.setDescription(description(workshop));
		if (!event.getAudiences().equals(Set.of(Audience.ESS_ORGANISATIONS))) {
			event.setAudiences(Set.of(Audience.ESS_ORGANISATIONS));
		}
		event.setOrganisedByDepartment(true);
		if (!event.getOrganiserIds().isEmpty()) {
			event.setOrganiserIds(List.of());
		}
		event.setStartsAt(start);
		event.setEndsAt(end);
		event.setPlace(workshop.place().strip());
		event.setCommuneCode(blankToNull(workshop.communeCode()));
		event.setOnlineUrl(blankToNull(workshop.onlineUrl()));
		if (event.getPlace().isEmpty() && event.getOnlineUrl() == null) {
			event.setPlace("—");
		}
		event.setRegistration(AgendaEvent.Registration.OPEN);
		if (event.getRegistrationDeadline() != null && event.getRegistrationDeadline().isAfter(start)) {
			event.setRegistrationDeadline(null);
		}
		if (workshop.cancelled()) {
			event.setState(EventState.CANCELLED);
			event.setCancelledReason(CANCELLED_REASON);
		}
		else {
			event.setState(EventState.PUBLISHED);
			event.setCancelledReason(null);
		}
		if (event.getPublishedAt() == null) {
			event.setPublishedAt(now);
		}
		if (created || !old.equals(Snapshot.of(event))) {
			event.setUpdatedAt(now);
			event = events.store(event);
		}
		if (workshop.cancelled() && before != EventState.CANCELLED && !created) {
			publisher.publishEvent(new EventCancelled(event.getId(), CANCELLED_REASON));
		}
	}

	/** The fields the mirror writes, to leave an unchanged event untouched (no new version at each start-up). */
	private record Snapshot(Long callId, String title, String summary, String description, Instant startsAt,
			Instant endsAt, String place, String communeCode, String onlineUrl, EventState state, String reason,
			Set<Audience> audiences, boolean department, List<Long> organisers, AgendaEvent.Registration registration,
			Instant deadline) {

		static Snapshot of(AgendaEvent e) {
			return new Snapshot(e.getCallId(), e.getTitle(), e.getSummary(), e.getDescription(), e.getStartsAt(),
					e.getEndsAt(), e.getPlace(), e.getCommuneCode(), e.getOnlineUrl(), e.getState(),
					e.getCancelledReason(), e.getAudiences(), e.isOrganisedByDepartment(),
					List.copyOf(e.getOrganiserIds()), e.getRegistration(), e.getRegistrationDeadline());
		}

	}

	static String title(String callTitle) {
		String title = "Atelier de présentation — " + Objects.requireNonNullElse(callTitle, "").strip();
		return title.length() > 200 ? title.substring(0, 199) + "…" : title;
	}

	private static String summary(String callTitle) {
		String summary = "Présentation de l’appel à commun(s) « " + Objects.requireNonNullElse(callTitle, "").strip()
				+ " » et échanges avec la Mission ESS.";
		return summary.length() > 600 ? summary.substring(0, 599) + "…" : summary;
	}

	private static String description(CallWorkshopScheduled workshop) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : workshop.description().strip().split("\\R\\s*\\R")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip())).append("</p>");
			}
		}
		if (workshop.callPath() != null && workshop.callPath().startsWith("/")) {
			html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(workshop.callPath()))
				.append("\">Voir l’appel à commun(s) « ").append(HtmlUtils.htmlEscape(workshop.callTitle()))
				.append(" »</a></p>");
		}
		return RichText.sanitize(html.toString());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The slug of every agenda event, {@link EventFields#slug(String)}. */
	static String slug(String title) {
		return EventFields.slug(title);
	}

}
