package org.gide.agenda.events;

/**
 * {@code agenda_event.state}: a DRAFT is seen by its organisers and agents only; a PUBLISHED event is public; a
 * CANCELLED one keeps its page with the reason. Label key {@code agenda.state.<NAME>}.
 */
public enum EventState {

	DRAFT, PUBLISHED, CANCELLED;

	public String labelKey() {
		return "agenda.state." + name();
	}

}
