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
 * A missing organisation proposed by the public. It waits for an agent, who accepts it (a new organisation),
 * merges it into an existing organisation (choosing per field which value to keep) or rejects it with a reason;
 * the proposer is told each decision by mail.
 */
@Entity
@Table(name = "organisation_proposal")
class Proposal {

	enum Status {
		PENDING, ACCEPTED, MERGED, REJECTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	private String contactEmail;

	private Long accountId;

	private String name;

	private String acronym;

	private String siret;

	private String rna;

	private String description;

	private String address;

	private String postalCode;

	private String communeCode;

	private String publicWebsite;

	private String publicEmail;

	private String publicPhone;

	private String message;

	private Instant createdAt = Instant.now();

	private Instant decidedAt;

	private Long decidedBy;

	private String reason;

	private Long organisationId;

	protected Proposal() {
	}

	Proposal(String contactEmail, Long accountId, ProposalForm form, String siret, String rna, String website,
			String communeCode) {
		this.contactEmail = contactEmail;
		this.accountId = accountId;
		this.name = form.getName().strip();
		this.acronym = blank(form.getAcronym());
		this.siret = siret;
		this.rna = rna;
		this.description = blank(form.getDescription());
		this.address = blank(form.getAddress());
		this.postalCode = blank(form.getPostalCode());
		this.communeCode = communeCode;
		this.publicWebsite = website;
		this.publicEmail = blank(form.getPublicEmail());
		this.publicPhone = blank(form.getPublicPhone());
		this.message = blank(form.getMessage());
	}

	void accepted(long organisationId, long agentId, Instant now) {
		decide(Status.ACCEPTED, agentId, now);
		this.organisationId = organisationId;
	}

	void merged(long organisationId, long agentId, Instant now) {
		decide(Status.MERGED, agentId, now);
		this.organisationId = organisationId;
	}

	/** A rejection always says why: the proposer receives the reason. */
	void rejected(String reason, long agentId, Instant now) {
		if (reason == null || reason.isBlank()) {
			throw new PeopleException("raison", "people.moderation.error.reason.required");
		}
		decide(Status.REJECTED, agentId, now);
		this.reason = reason.strip();
	}

	private void decide(Status decision, long agentId, Instant now) {
		if (status != Status.PENDING) {
			throw new PeopleException("proposal", "people.moderation.error.decided");
		}
		this.status = decision;
		this.decidedBy = agentId;
		this.decidedAt = now;
	}

	/** The proposed value of a mergeable field (draft property names). */
	public String value(String field) {
		return switch (field) {
			case "name" -> name;
			case "acronym" -> acronym;
			case "siret" -> siret;
			case "rna" -> rna;
			case "description" -> description;
			case "address" -> address;
			case "postalCode" -> postalCode;
			case "communeCode" -> communeCode;
			case "publicWebsite" -> publicWebsite;
			case "publicEmail" -> publicEmail;
			case "publicPhone" -> publicPhone;
			default -> throw new IllegalArgumentException(field);
		};
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getId() {
		return id;
	}

	public Status getStatus() {
		return status;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getName() {
		return name;
	}

	public String getAcronym() {
		return acronym;
	}

	public String getSiret() {
		return siret;
	}

	public String getRna() {
		return rna;
	}

	public String getDescription() {
		return description;
	}

	public String getAddress() {
		return address;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public String getPublicWebsite() {
		return publicWebsite;
	}

	public String getPublicEmail() {
		return publicEmail;
	}

	public String getPublicPhone() {
		return publicPhone;
	}

	public String getMessage() {
		return message;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getReason() {
		return reason;
	}

	public Long getOrganisationId() {
		return organisationId;
	}

}
