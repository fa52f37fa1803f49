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

	private Instant lastFailureAt;

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
		boolean lockOver = lockedUntil != null && !now.isBefore(lockedUntil);
		boolean streakStale = lastFailureAt != null && lastFailureAt.plus(LOCK).isBefore(now);
		if (lockOver || streakStale) {
			// A finished lock, or failures spread over more than 15 minutes, start a new count.
			failures = 0;
			lockedUntil = null;
		}
		failures++;
		lastFailureAt = now;
		if (failures >= MAX_FAILURES) {
			lockedUntil = now.plus(LOCK);
		}
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

}
