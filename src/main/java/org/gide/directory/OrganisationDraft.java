package org.gide.directory;

import java.time.LocalDate;

/**
 * What an importer or a form gives to create or update an organisation. Identifiers and codes are raw text, as
 * typed or read ({@code "732 829 320"}, {@code "8899b"}): {@link Organisations} normalises and validates them and
 * refuses the draft with an {@link InvalidValueException} naming the field and a message key. Blank means absent.
 */
public class OrganisationDraft {

	private String name;

	private String acronym;

	private String siren;

	private String siret;

	private String rna;

	private String legalCategory;

	private Boolean sireneEss;

	private boolean esus;

	private CooperativeKind declaredCooperativeKind;

	private LocalDate creationDate;

	private String description;

	private String naf;

	private String address;

	private String postalCode;

	private String communeCode;

	private Double latitude;

	private Double longitude;

	private GeoPrecision geoPrecision;

	private String employeeBand;

	private Integer volunteers;

	private String inclusionType;

	private String goodsServices;

	private boolean resourceActor;

	private String resourceServices;

	private String publicWebsite;

	private String publicEmail;

	private String publicPhone;

	private String logoPath;

	private OrganisationSource source = OrganisationSource.MANUAL;

	private String sourceKey;

	private boolean closed;

	private LocalDate closedOn;

	public static OrganisationDraft named(String name) {
		return new OrganisationDraft().name(name);
	}

	public OrganisationDraft name(String name) {
		this.name = name;
		return this;
	}

	public OrganisationDraft acronym(String acronym) {
		this.acronym = acronym;
		return this;
	}

	public OrganisationDraft siren(String siren) {
		this.siren = siren;
		return this;
	}

	public OrganisationDraft siret(String siret) {
		this.siret = siret;
		return this;
	}

	public OrganisationDraft rna(String rna) {
		this.rna = rna;
		return this;
	}

	public OrganisationDraft legalCategory(String legalCategory) {
		this.legalCategory = legalCategory;
		return this;
	}

	/** SIRENE's {@code economieSocialeSolidaireUniteLegale}: true, false or null when unknown. */
	public OrganisationDraft sireneEss(Boolean sireneEss) {
		this.sireneEss = sireneEss;
		return this;
	}

	/** Approved "entreprise solidaire d’utilité sociale" (code du travail, article L3332-17-1). */
	public OrganisationDraft esus(boolean esus) {
		this.esus = esus;
		return this;
	}

	public OrganisationDraft declaredCooperativeKind(CooperativeKind kind) {
		this.declaredCooperativeKind = kind;
		return this;
	}

	public OrganisationDraft creationDate(LocalDate creationDate) {
		this.creationDate = creationDate;
		return this;
	}

	public OrganisationDraft description(String description) {
		this.description = description;
		return this;
	}

	public OrganisationDraft naf(String naf) {
		this.naf = naf;
		return this;
	}

	public OrganisationDraft address(String address, String postalCode, String communeCode) {
		this.address = address;
		this.postalCode = postalCode;
		this.communeCode = communeCode;
		return this;
	}

	public OrganisationDraft position(Double latitude, Double longitude, GeoPrecision precision) {
		this.latitude = latitude;
		this.longitude = longitude;
		this.geoPrecision = precision;
		return this;
	}

	/** The INSEE tranche d’effectif code ({@code "NN"}, {@code "00"}, {@code "11"}…). */
	public OrganisationDraft employeeBand(String employeeBand) {
		this.employeeBand = employeeBand;
		return this;
	}

	public OrganisationDraft volunteers(Integer volunteers) {
		this.volunteers = volunteers;
		return this;
	}

	/** An {@link InclusionType} code ({@code "ACI"}, {@code "EA"}…). */
	public OrganisationDraft inclusionType(String inclusionType) {
		this.inclusionType = inclusionType;
		return this;
	}

	public OrganisationDraft goodsServices(String goodsServices) {
		this.goodsServices = goodsServices;
		return this;
	}

	public OrganisationDraft resourceActor(boolean resourceActor, String services) {
		this.resourceActor = resourceActor;
		this.resourceServices = services;
		return this;
	}

	public OrganisationDraft publicContact(String website, String email, String phone) {
		this.publicWebsite = website;
		this.publicEmail = email;
		this.publicPhone = phone;
		return this;
	}

	public OrganisationDraft logoPath(String logoPath) {
		this.logoPath = logoPath;
		return this;
	}

	public OrganisationDraft source(OrganisationSource source, String sourceKey) {
		this.source = source;
		this.sourceKey = sourceKey;
		return this;
	}

	/** Closed (ceased) on that date, or on an unknown date when null. */
	public OrganisationDraft closed(LocalDate on) {
		this.closed = true;
		this.closedOn = on;
		return this;
	}

	public String getName() {
		return name;
	}

	public String getAcronym() {
		return acronym;
	}

	public String getSiren() {
		return siren;
	}

	public String getSiret() {
		return siret;
	}

	public String getRna() {
		return rna;
	}

	public String getLegalCategory() {
		return legalCategory;
	}

	public Boolean getSireneEss() {
		return sireneEss;
	}

	public boolean isEsus() {
		return esus;
	}

	public CooperativeKind getDeclaredCooperativeKind() {
		return declaredCooperativeKind;
	}

	public LocalDate getCreationDate() {
		return creationDate;
	}

	public String getDescription() {
		return description;
	}

	public String getNaf() {
		return naf;
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

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public GeoPrecision getGeoPrecision() {
		return geoPrecision;
	}

	public String getEmployeeBand() {
		return employeeBand;
	}

	public Integer getVolunteers() {
		return volunteers;
	}

	public String getInclusionType() {
		return inclusionType;
	}

	public String getGoodsServices() {
		return goodsServices;
	}

	public boolean isResourceActor() {
		return resourceActor;
	}

	public String getResourceServices() {
		return resourceServices;
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

	public String getLogoPath() {
		return logoPath;
	}

	public OrganisationSource getSource() {
		return source;
	}

	public String getSourceKey() {
		return sourceKey;
	}

	public boolean isClosed() {
		return closed;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

}
