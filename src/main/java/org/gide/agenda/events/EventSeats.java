package org.gide.agenda.events;

import java.util.OptionalInt;

/**
 * Seats still free on an event, told by the registrations part: the events part shows them on the event page but
 * never reads the registrations itself.
 */
public interface EventSeats {

	/** The seats still free (never negative); empty when the capacity is unlimited. */
	OptionalInt left(long eventId);

}
