package org.gide.accounts.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A single-use, expiring link token; only its SHA-256 is stored. */
@Entity
class AccountToken {

	enum Purpose {
		VERIFY_EMAIL, RESET_PASSWORD
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String tokenHash;

	private Instant expiresAt;

	private Instant usedAt;

	protected AccountToken() {
	}

	AccountToken(Long accountId, Purpose purpose, String tokenHash, Instant expiresAt) {
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
	}

	enum State {
		VALID, USED, EXPIRED
	}

	State state(Instant now) {
		if (usedAt != null) {
			return State.USED;
		}
		return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
	}

	void use(Instant now) {
		usedAt = now;
	}

	Long getAccountId() {
		return accountId;
	}

	Purpose getPurpose() {
		return purpose;
	}

}
