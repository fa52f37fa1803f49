package org.gide.calls.needs;

import java.util.ArrayList;
import java.util.List;

/** The form of a need (posting and editing); {@code organisation} is used when posting only. */
public class NeedForm {

	private Long organisation;

	private String title = "";

	private String description = "";

	private String evidence = "";

	private String commune = "";

	private String communeCode = "";

	private List<String> themes = new ArrayList<>();

	private Long version;

	public Long getOrganisation() {
		return organisation;
	}

	public void setOrganisation(Long organisation) {
		this.organisation = organisation;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description == null ? "" : description;
	}

	public String getEvidence() {
		return evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence == null ? "" : evidence;
	}

	public String getCommune() {
		return commune;
	}

	public void setCommune(String commune) {
		this.commune = commune == null ? "" : commune;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(String communeCode) {
		this.communeCode = communeCode == null ? "" : communeCode;
	}

	public List<String> getThemes() {
		return themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
