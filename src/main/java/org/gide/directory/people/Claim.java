package org.gide.directory.people;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A user's request to administer an organisation. By {@link Method#EMAIL}: a single-use link, of which only the
 * SHA-256 is kept, was mailed to an address at the organisation's domain, and confirming it before it expires
 * accepts the claim. By {@link Method#MODERATION}: an agent accepts it, or rejects it with a reason.
 */
@Entity
@Table(name = "organisation_claim")
class Claim {

	enum Method {
		EMAIL, MODERATION
	}

	enum Status {
		PENDING, ACCEPTED, REJECTED
	}

	enum LinkState {
		VALID, USED, EXPIRED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long organisationId;

	private long accountId;

	private String accountEmail;

	private String accountLabel;

	@Enumerated(EnumType.STRING)
	private Method method;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	private String domainEmail;

	private String message;

	private String tokenHash;

	private Instant tokenExpiresAt;

	private Instant tokenUsedAt;

	private Instant createdAt = Instant.now();

	private Instant decidedAt;

	private Long decidedBy;

	private String reason;

	protected Claim() {
	}

	private Claim(long organisationId, Person claimant, Method method) {
		this.organisationId = organisationId;
		this.accountId = claimant.id();
		this.accountEmail = claimant.email();
		this.accountLabel = claimant.name();
		this.method = method;
	}

	static Claim byEmail(long organisationId, Person claimant, String domainEmail, String tokenHash,
			Instant expiresAt) {
		Claim claim = new Claim(organisationId, claimant, Method.EMAIL);
		claim.domainEmail = domainEmail;
		claim.tokenHash = tokenHash;
		claim.tokenExpiresAt = expiresAt;
		return claim;
	}

	static Claim byModeration(long organisationId, Person claimant, String message) {
		Claim claim = new Claim(organisationId, claimant, Method.MODERATION);
		claim.message = message == null || message.isBlank() ? null : message.strip();
		return claim;
	}

	LinkState linkState(Instant now) {
		if (tokenUsedAt != null || status != Status.PENDING) {
			return LinkState.USED;
		}
		return now.isBefore(tokenExpiresAt) ? LinkState.VALID : LinkState.EXPIRED;
	}

	/** The mailed link was followed and confirmed in time: the claim is accepted, the link spent. */
	void confirm(Instant now) {
		if (method != Method.EMAIL || linkState(now) != LinkState.VALID) {
			throw new IllegalStateException("Claim " + id + " cannot be confirmed");
		}
		tokenUsedAt = now;
		status = Status.ACCEPTED;
		decidedAt = now;
	}

	void accept(long agentId, Instant now) {
		requirePending();
		status = Status.ACCEPTED;
		decidedAt = now;
		decidedBy = agentId;
	}

	/** A rejection always says why: the claimant receives the reason. */
	void reject(long agentId, String reason, Instant now) {
		requirePending();
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A rejection needs a reason");
		}
		status = Status.REJECTED;
		decidedAt = now;
		decidedBy = agentId;
		this.reason = reason.strip();
	}

	boolean pending() {
		return status == Status.PENDING;
	}

	private void requirePending() {
		if (status != Status.PENDING) {
			throw new IllegalStateException("Claim " + id + " was already decided");
		}
	}

	Long getId() {
		return id;
	}

	long getOrganisationId() {
		return organisationId;
	}

	long getAccountId() {
		return accountId;
	}

	String getAccountEmail() {
		return accountEmail;
	}

	String getAccountLabel() {
		return accountLabel;
	}

	Method getMethod() {
		return method;
	}

	Status getStatus() {
		return status;
	}

	String getDomainEmail() {
		return domainEmail;
	}

	String getMessage() {
		return message;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	String getReason() {
		return reason;
	}

}
