package org.gide.agenda.events;

/**
 * Format of a territorial meeting ({@code agenda_event.meeting_format}): the plan asks to alternate general and
 * thematic meetings. Label key {@code agenda.format.<NAME>}.
 */
public enum MeetingFormat {

	GENERAL, THEMATIC;

	public String labelKey() {
		return "agenda.format." + name();
	}

}
