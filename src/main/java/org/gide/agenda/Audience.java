package org.gide.agenda;

/** Who an event is for ({@code agenda_event.audiences}); label key {@code agenda.audience.<NAME>}. */
public enum Audience {

	ESS_ORGANISATIONS, AGENTS_ELECTED, PUBLIC, YOUNG_PEOPLE;

	public String labelKey() {
		return "agenda.audience." + name();
	}

}
