package org.gide.agenda.registrations;

/**
 * Seats of an event for its page and the calendar: {@code capacity} null = unlimited; {@code taken} = confirmed and
 * unconfirmed (held) registrations; {@code waiting} = people on the waiting list; {@code left} = seats still free
 * (never negative), null when the capacity is unlimited.
 */
public record SeatCounts(Integer capacity, int taken, int waiting, Integer left) {

	/** Whether no seat is left (a new registration would wait). */
	public boolean full() {
		return left != null && left == 0;
	}

}
