package org.gide.agenda.events;

/** The event was changed by someone else since the form was shown (its version moved on). */
public class StaleEvent extends RuntimeException {

	private final long currentVersion;

	public StaleEvent(long currentVersion) {
		super("Event changed since version was read", null, false, false);
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}

}
