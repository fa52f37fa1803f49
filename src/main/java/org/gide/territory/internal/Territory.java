package org.gide.territory.internal;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A group of EPCI and individual communes the département works by. Members are held by code; that an EPCI or a
 * commune is in at most one territory is a cross-territory rule, checked by {@link TerritoryEditor} and guaranteed
 * by the primary keys of the membership tables.
 */
@Entity
@Table(name = "territory")
public class Territory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String slug;

	private String description;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "territory_epci", joinColumns = @JoinColumn(name = "territory_id"))
	@Column(name = "epci_code")
	private Set<String> epciCodes = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "territory_commune", joinColumns = @JoinColumn(name = "territory_id"))
	@Column(name = "commune_code")
	private Set<String> communeCodes = new TreeSet<>();

	protected Territory() {
	}

	public Territory(String name, String description) {
		describe(name, description);
	}

	/** Renaming changes the slug too: public addresses follow the name. */
	public void describe(String name, String description) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new IllegalArgumentException("A territory needs a name");
		}
		this.name = trimmed;
		this.slug = slugOf(trimmed);
		this.description = description == null || description.isBlank() ? null : description.strip();
	}

	public void setMembers(Set<String> epciCodes, Set<String> communeCodes) {
		this.epciCodes.retainAll(epciCodes);
		this.epciCodes.addAll(epciCodes);
		this.communeCodes.retainAll(communeCodes);
		this.communeCodes.addAll(communeCodes);
	}

	public static String slugOf(String name) {
		String slug = String.join("-", SearchText.words(name.replace("’", " ").replace("'", " ")));
		return slug.isEmpty() ? "territoire" : slug;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getSlug() {
		return slug;
	}

	public String getDescription() {
		return description;
	}

	public long getVersion() {
		return version;
	}

	public Set<String> getEpciCodes() {
		return Set.copyOf(epciCodes);
	}

	public Set<String> getCommuneCodes() {
		return Set.copyOf(communeCodes);
	}

}
