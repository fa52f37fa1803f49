package org.gide.calls;

import java.time.Instant;

/**
 * A presentation workshop of a call was created, changed, cancelled or restored ({@code call_workshop}), published in
 * the transaction that changed it (the agenda mirrors it as one of its events, in the same transaction). Only
 * workshops of calls that are published (or closed) are announced: those of a draft call are announced when the
 * call is published; every announced workshop is announced again at start-up (listeners are idempotent).
 * {@code endsAt} may be null (no end time typed); {@code description} is plain text, possibly empty;
 * {@code callPath} is the call's public page ({@code /appels/{slug}}, relative to the platform's public address).
 */
public record CallWorkshopScheduled(long workshopId, long callId, String callTitle, Instant startsAt, Instant endsAt,
		String place, String communeCode, String onlineUrl, String description, boolean cancelled, String callPath) {

	public CallWorkshopScheduled {
		place = place == null ? "" : place;
		description = description == null ? "" : description;
	}

}
