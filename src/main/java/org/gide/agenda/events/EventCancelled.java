package org.gide.agenda.events;

/**
 * Published in the transaction that cancels a published event (state CANCELLED, reason stored): the registrations
 * part writes to every person registered or waiting, in the same transaction (mails leave after commit).
 */
public record EventCancelled(long eventId, String reason) {
}
