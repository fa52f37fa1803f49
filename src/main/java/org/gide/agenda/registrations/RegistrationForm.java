package org.gide.agenda.registrations;

/** The registration form: name and email (without account), « au titre de », participant kind. */
public class RegistrationForm {

	private String name = "";

	private String email = "";

	private String organisationId = "";

	private String organisation = "";

	private String kind = "";

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email;
	}

	public String getOrganisationId() {
		return organisationId;
	}

	public void setOrganisationId(String organisationId) {
		this.organisationId = organisationId == null ? "" : organisationId;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation == null ? "" : organisation;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind == null ? "" : kind;
	}

}
