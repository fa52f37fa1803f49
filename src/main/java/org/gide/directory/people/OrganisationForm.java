package org.gide.directory.people;

/**
 * The edit form of an organisation: every editable value as typed. {@code version} is the version the visitor
 * loaded (optimistic locking). SIREN, SIRET, RNA and legal category are register identity: only agents change them.
 */
public class OrganisationForm {

	private long version;
	private String name;
	private String acronym;
	private String siren;
	private String siret;
	private String rna;
	private String legalCategory;
	private String declaredCooperativeKind;
	private String creationDate;
	private String description;
	private String naf;
	private String address;
	private String postalCode;
	private String commune;
	private String communeCode;
	private String employeeBand;
	private String volunteers;
	private String inclusionType;
	private String goodsServices;
	private String resourceServices;
	private String publicWebsite;
	private String publicEmail;
	private String publicPhone;
	private boolean esus;
	private boolean resourceActor;
	private boolean removeLogo;

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

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

	public String getSiren() {
		return siren;
	}

	public void setSiren(String siren) {
		this.siren = siren;
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

	public String getLegalCategory() {
		return legalCategory;
	}

	public void setLegalCategory(String legalCategory) {
		this.legalCategory = legalCategory;
	}

	public String getDeclaredCooperativeKind() {
		return declaredCooperativeKind;
	}

	public void setDeclaredCooperativeKind(String declaredCooperativeKind) {
		this.declaredCooperativeKind = declaredCooperativeKind;
	}

	public String getCreationDate() {
		return creationDate;
	}

	public void setCreationDate(String creationDate) {
		this.creationDate = creationDate;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getNaf() {
		return naf;
	}

	public void setNaf(String naf) {
		this.naf = naf;
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

	public String getEmployeeBand() {
		return employeeBand;
	}

	public void setEmployeeBand(String employeeBand) {
		this.employeeBand = employeeBand;
	}

	public String getVolunteers() {
		return volunteers;
	}

	public void setVolunteers(String volunteers) {
		this.volunteers = volunteers;
	}

	public String getInclusionType() {
		return inclusionType;
	}

	public void setInclusionType(String inclusionType) {
		this.inclusionType = inclusionType;
	}

	public String getGoodsServices() {
		return goodsServices;
	}

	public void setGoodsServices(String goodsServices) {
		this.goodsServices = goodsServices;
	}

	public String getResourceServices() {
		return resourceServices;
	}

	public void setResourceServices(String resourceServices) {
		this.resourceServices = resourceServices;
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

	public boolean isEsus() {
		return esus;
	}

	public void setEsus(boolean esus) {
		this.esus = esus;
	}

	public boolean isResourceActor() {
		return resourceActor;
	}

	public void setResourceActor(boolean resourceActor) {
		this.resourceActor = resourceActor;
	}

	public boolean isRemoveLogo() {
		return removeLogo;
	}

	public void setRemoveLogo(boolean removeLogo) {
		this.removeLogo = removeLogo;
	}

}
