package org.gide.accounts.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Consecutive login failures for one submitted email; five in a row lock that email for 15 minutes. */
@Entity
class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK = Duration.ofMinutes(15);

	@Id
	private String email;

	private int failures;

	private Instant lockedUntil;

	protected LoginThrottle() {
	}

	LoginThrottle(String email) {
		this.email = email;
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	void fail(Instant now) {
		if (lockedUntil != null && !now.isBefore(lockedUntil)) {
			// The previous lock is over: count afresh.
			failures = 0;
			lockedUntil = null;
		}
		failures++;
		if (failures >= MAX_FAILURES) {
			lockedUntil = now.plus(LOCK);
		}
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

}
