package org.gide.accounts.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One change of rights or one account deletion: who, when, what. */
@Entity
public class AuditEntry {

	enum Action {
		ROLE_GRANTED, ROLE_REVOKED, DIRECTION_CHANGED, ACCOUNT_DELETED, DIRECTION_CREATED, DIRECTION_RENAMED,
		DIRECTION_DEACTIVATED, DIRECTION_ACTIVATED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Instant at;

	private Long actorId;

	private String actorEmail;

	private String action;

	private Long targetId;

	private String targetEmail;

	private String details;

	protected AuditEntry() {
	}

	AuditEntry(Instant at, Account actor, Action action, Account target, String details) {
		this.at = at;
		this.actorId = actor == null ? null : actor.getId();
		this.actorEmail = actor == null ? null : actor.getEmail();
		this.action = action.name();
		this.targetId = target == null ? null : target.getId();
		this.targetEmail = target == null ? null : target.getEmail();
		this.details = details;
	}

	public Long getId() {
		return id;
	}

	public Instant getAt() {
		return at;
	}

	public Long getActorId() {
		return actorId;
	}

	public String getActorEmail() {
		return actorEmail;
	}

	public String getAction() {
		return action;
	}

	public Long getTargetId() {
		return targetId;
	}

	public String getTargetEmail() {
		return targetEmail;
	}

	public String getDetails() {
		return details;
	}

}
