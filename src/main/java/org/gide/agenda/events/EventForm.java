package org.gide.agenda.events;

import java.util.ArrayList;
import java.util.List;

/**
 * What the form of an event carries, for every kind (only the fields of the event's kind are read, see
 * {@link EventFields}). Strings are never null; dates are {@code datetime-local} values in Europe/Paris. Part A2
 * reuses it for the shared fields of recurring series (start and end then unused).
 */
public class EventForm {

	/** The event's version when the form was shown (optimistic lock); null on creation. */
	private Long version;

	private String title = "";

	private String summary = "";

	/** Rich text, sanitized when applied. */
	private String description = "";

	/** {@code Audience} names. */
	private List<String> audiences = new ArrayList<>();

	/** Theme codes of the calls ({@code org.gide.calls.Theme#code()}). */
	private List<String> themes = new ArrayList<>();

	/** Organiser organisations chosen (checkboxes), in order. */
	private List<Long> organisers = new ArrayList<>();

	/** Co-organisers typed by name or SIRET, one per line (or separated by « ; »), resolved on validation. */
	private String coOrganisers = "";

	/** Agents only: « Organisé par le Département » (organisers then optional). */
	private boolean organisedByDepartment = false;

	private Long territory;

	/** INSEE code. */
	private String communeCode = "";

	private String place = "";

	private String onlineUrl = "";

	/** {@code datetime-local} value in Europe/Paris ({@code yyyy-MM-ddTHH:mm}). */
	private String startsAt = "";

	/** {@code datetime-local} value in Europe/Paris. */
	private String endsAt = "";

	/** Blank = unlimited. */
	private String capacity = "";

	/** NONE or OPEN. */
	private String registration = "OPEN";

	/** {@code datetime-local}, blank = the start. */
	private String registrationDeadline = "";

	/** Euros, blank = free. */
	private String price = "";

	private String priceNote = "";

	private String accessibility = "";

	/** GENERAL or THEMATIC (territorial meetings). */
	private String meetingFormat = "";

	/** « Nouvelle formation » (trainings). */
	private boolean newTraining = false;

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary == null ? "" : summary;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description == null ? "" : description;
	}

	public List<String> getAudiences() {
		return audiences;
	}

	public void setAudiences(List<String> audiences) {
		this.audiences = audiences == null ? new ArrayList<>() : new ArrayList<>(audiences);
	}

	public List<String> getThemes() {
		return themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes);
	}

	public List<Long> getOrganisers() {
		return organisers;
	}

	public void setOrganisers(List<Long> organisers) {
		this.organisers = organisers == null ? new ArrayList<>() : new ArrayList<>(organisers);
	}

	public String getCoOrganisers() {
		return coOrganisers;
	}

	public void setCoOrganisers(String coOrganisers) {
		this.coOrganisers = coOrganisers == null ? "" : coOrganisers;
	}

	public boolean isOrganisedByDepartment() {
		return organisedByDepartment;
	}

	public void setOrganisedByDepartment(boolean organisedByDepartment) {
		this.organisedByDepartment = organisedByDepartment;
	}

	public Long getTerritory() {
		return territory;
	}

	public void setTerritory(Long territory) {
		this.territory = territory;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(String communeCode) {
		this.communeCode = communeCode == null ? "" : communeCode;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place == null ? "" : place;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public void setOnlineUrl(String onlineUrl) {
		this.onlineUrl = onlineUrl == null ? "" : onlineUrl;
	}

	public String getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt == null ? "" : startsAt;
	}

	public String getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(String endsAt) {
		this.endsAt = endsAt == null ? "" : endsAt;
	}

	public String getCapacity() {
		return capacity;
	}

	public void setCapacity(String capacity) {
		this.capacity = capacity == null ? "" : capacity;
	}

	public String getRegistration() {
		return registration;
	}

	public void setRegistration(String registration) {
		this.registration = registration == null ? "" : registration;
	}

	public String getRegistrationDeadline() {
		return registrationDeadline;
	}

	public void setRegistrationDeadline(String registrationDeadline) {
		this.registrationDeadline = registrationDeadline == null ? "" : registrationDeadline;
	}

	public String getPrice() {
		return price;
	}

	public void setPrice(String price) {
		this.price = price == null ? "" : price;
	}

	public String getPriceNote() {
		return priceNote;
	}

	public void setPriceNote(String priceNote) {
		this.priceNote = priceNote == null ? "" : priceNote;
	}

	public String getAccessibility() {
		return accessibility;
	}

	public void setAccessibility(String accessibility) {
		this.accessibility = accessibility == null ? "" : accessibility;
	}

	public String getMeetingFormat() {
		return meetingFormat;
	}

	public void setMeetingFormat(String meetingFormat) {
		this.meetingFormat = meetingFormat == null ? "" : meetingFormat;
	}

	public boolean isNewTraining() {
		return newTraining;
	}

	public void setNewTraining(boolean newTraining) {
		this.newTraining = newTraining;
	}

}
