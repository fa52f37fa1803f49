package org.gide.directory.people;

/** The public form proposing a missing organisation. {@code website2} is the honeypot: people leave it empty. */
public class ProposalForm {

	private String name;

	private String acronym;

	private String siret;

	private String rna;

	private String description;

	private String address;

	private String postalCode;

	private String commune;

	private String communeCode;

	private String publicWebsite;

	private String publicEmail;

	private String publicPhone;

	private String contactEmail;

	private String message;

	private String website2;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAcronym() {
		return acronym;
	}

	public void setAcronym(String acronym) {
		this.acronym = acronym;
	}

	public String getSiret() {
		return siret;
	}

	public void setSiret(String siret) {
		this.siret = siret;
	}

	public String getRna() {
		return rna;
	}

	public void setRna(String rna) {
		this.rna = rna;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCommune() {
		return commune;
	}

	public void setCommune(String commune) {
		this.commune = commune;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(String communeCode) {
		this.communeCode = communeCode;
	}

	public String getPublicWebsite() {
		return publicWebsite;
	}

	public void setPublicWebsite(String publicWebsite) {
		this.publicWebsite = publicWebsite;
	}

	public String getPublicEmail() {
		return publicEmail;
	}

	public void setPublicEmail(String publicEmail) {
		this.publicEmail = publicEmail;
	}

	public String getPublicPhone() {
		return publicPhone;
	}

	public void setPublicPhone(String publicPhone) {
		this.publicPhone = publicPhone;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getWebsite2() {
		return website2;
	}

	public void setWebsite2(String website2) {
		this.website2 = website2;
	}

}
