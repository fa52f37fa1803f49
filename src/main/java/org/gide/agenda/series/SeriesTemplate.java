package org.gide.agenda.series;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.gide.agenda.Audience;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.EventFields;
import org.gide.agenda.events.MeetingFormat;

/**
 * The shared fields of a series' occurrences ({@code agenda_series.template}, JSON): what the event form gives
 * besides the dates, read from an event the form was applied to ({@link #of}) and written onto each occurrence
 * ({@link #applyTo}). {@code published}: the occurrences are published (else drafts).
 */
public record SeriesTemplate(String title, String summary, String description, List<String> audiences,
		List<String> themes, boolean organisedByDepartment, List<Long> organiserIds, Long territoryId,
		String communeCode, String place, String onlineUrl, Integer capacity, String registration,
		String accessibility, BigDecimal priceEuros, String priceNote, String meetingFormat, boolean newTraining,
		boolean published) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public SeriesTemplate {
		audiences = audiences == null ? List.of() : List.copyOf(audiences);
		themes = themes == null ? List.of() : List.copyOf(themes);
		organiserIds = organiserIds == null ? List.of() : List.copyOf(organiserIds);
		priceEuros = priceEuros == null ? null : priceEuros.stripTrailingZeros();
		place = place == null ? "" : place;
		summary = summary == null ? "" : summary;
		description = description == null ? "" : description;
		accessibility = accessibility == null ? "" : accessibility;
		priceNote = priceNote == null ? "" : priceNote;
	}

	/** The shared fields of this event (its dates, state and series aside). */
	public static SeriesTemplate of(AgendaEvent event, boolean published) {
		return new SeriesTemplate(event.getTitle(), event.getSummary(), event.getDescription(),
				event.getAudiences().stream().map(Enum::name).sorted().toList(), event.getThemes(),
				event.isOrganisedByDepartment(), List.copyOf(event.getOrganiserIds()), event.getTerritoryId(),
				event.getCommuneCode(), event.getPlace(), event.getOnlineUrl(), event.getCapacity(),
				event.getRegistration() == null ? null : event.getRegistration().name(), event.getAccessibility(),
				event.getPriceEuros(), event.getPriceNote(),
				event.getMeetingFormat() == null ? null : event.getMeetingFormat().name(), event.isNewTraining(),
				published);
	}

	/** Writes these fields onto an occurrence (not its dates nor its state). */
	public void applyTo(AgendaEvent event) {
		event.setTitle(title);
		event.setSlug(slug(title));
		event.setSummary(summary == null ? "" : summary);
		event.setDescription(description == null ? "" : description);
		Set<Audience> wanted = audiences.stream().map(Audience::valueOf).collect(Collectors.toSet());
		if (!event.getAudiences().equals(wanted)) {
			event.setAudiences(wanted);
		}
		if (!event.getThemes().equals(themes)) {
			event.setThemes(themes);
		}
		event.setOrganisedByDepartment(organisedByDepartment);
		if (!event.getOrganiserIds().equals(organiserIds)) {
			event.setOrganiserIds(organiserIds);
		}
		event.setTerritoryId(territoryId);
		event.setCommuneCode(communeCode);
		event.setPlace(place == null ? "" : place);
		event.setOnlineUrl(onlineUrl);
		event.setCapacity(capacity);
		event.setRegistration(registration == null ? AgendaEvent.Registration.OPEN
				: AgendaEvent.Registration.valueOf(registration));
		event.setRegistrationDeadline(null);
		event.setAccessibility(accessibility == null ? "" : accessibility);
		event.setPriceEuros(priceEuros);
		event.setPriceNote(priceNote == null ? "" : priceNote);
		event.setMeetingFormat(meetingFormat == null ? null : MeetingFormat.valueOf(meetingFormat));
		event.setNewTraining(newTraining);
	}

	/** The main organiser (the first), if any. */
	public Long firstOrganiser() {
		return organiserIds.isEmpty() ? null : organiserIds.get(0);
	}

	public String toJson() {
		return JSON.writeValueAsString(this);
	}

	public static SeriesTemplate fromJson(String json) {
		return JSON.readValue(json, SeriesTemplate.class);
	}

	/** The slug of every agenda event, {@link EventFields#slug(String)}. */
	static String slug(String title) {
		return EventFields.slug(title);
	}

}
