package org.gide.accounts.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A direction (service) of the Département, to which agents belong. Deactivated rather than deleted: kept for history. */
@Entity
public class Direction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private boolean active = true;

	@Version
	private long version;

	protected Direction() {
	}

	Direction(String name) {
		this.name = name.strip();
	}

	void rename(String name) {
		this.name = name.strip();
	}

	void setActive(boolean active) {
		this.active = active;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public boolean isActive() {
		return active;
	}

}
