package org.gide.accounts.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.gide.accounts.AccountSummary;
import org.gide.accounts.Role;

@Entity
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String displayName;

	private String passwordHash;

	private boolean verified;

	private boolean demo;

	private Instant createdAt;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "direction_id")
	private Direction direction;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	protected Account() {
	}

	Account(String email, String displayName, String passwordHash, Instant createdAt) {
		this.email = normalize(email);
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.createdAt = createdAt;
		this.roles.add(Role.MEMBER);
	}

	/** Emails are compared case-insensitively: they are stored trimmed and lower-cased. */
	static String normalize(String email) {
		return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	void verify() {
		verified = true;
	}

	void markDemo() {
		demo = true;
	}

	void changePassword(String hash) {
		passwordHash = hash;
	}

	void rename(String name) {
		displayName = name.strip();
	}

	void grant(Role role) {
		roles.add(role);
	}

	/** MEMBER is what having an account means: it cannot be revoked. */
	void revoke(Role role) {
		if (role != Role.MEMBER) {
			roles.remove(role);
		}
	}

	void assignTo(Direction direction) {
		this.direction = direction;
	}

	boolean hasUsablePassword() {
		return passwordHash != null;
	}

	AccountSummary summary() {
		return new AccountSummary(id, email, displayName, Set.copyOf(roles));
	}

	Long getId() {
		return id;
	}

	String getEmail() {
		return email;
	}

	String getDisplayName() {
		return displayName;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	boolean isVerified() {
		return verified;
	}

	boolean isDemo() {
		return demo;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Direction getDirection() {
		return direction;
	}

	Set<Role> getRoles() {
		return EnumSet.copyOf(roles);
	}

	long getVersion() {
		return version;
	}

}
