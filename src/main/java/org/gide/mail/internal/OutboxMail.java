package org.gide.mail.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mail in the outbox, with its delivery state. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

	public enum Status {
		/** Waiting for SMTP delivery. */
		PENDING,
		/** Delivered to the SMTP server. */
		SENT,
		/** No SMTP server configured: kept here and logged. */
		KEPT_LOCALLY,
		/** Delivery failed too many times. */
		FAILED
	}

	static final int MAX_ATTEMPTS = 6;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	private int attempts;

	private String lastError;

	private Instant sentAt;

	protected OutboxMail() {
	}

	OutboxMail(String recipient, String subject, String body, Instant now) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.createdAt = now;
		this.status = Status.PENDING;
	}

	void delivered(Instant now, boolean keepBody) {
		this.status = Status.SENT;
		this.sentAt = now;
		this.attempts++;
		this.lastError = null;
		if (!keepBody) {
			this.body = null;
		}
	}

	void keptLocally() {
		this.status = Status.KEPT_LOCALLY;
	}

	void failed(String error) {
		this.attempts++;
		this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
		if (attempts >= MAX_ATTEMPTS) {
			this.status = Status.FAILED;
		}
	}

	public Long getId() {
		return id;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public Status getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public String getLastError() {
		return lastError;
	}

	public Instant getSentAt() {
		return sentAt;
	}

}
