package org.gide.agenda.registrations;

/** One line of the organisers' list: the registration, its organisation's name and when it was made (Paris time). */
public record Participant(Registrations.Registration registration, String organisation, String registeredAt) {
}
