package org.gide.agenda.events;

/**
 * Published in the transaction that changes an event's capacity (or removes it): when seats were added, the
 * registrations part promotes people from the waiting list in the same transaction.
 */
public record EventCapacityChanged(long eventId, Integer previousCapacity, Integer capacity) {
}
