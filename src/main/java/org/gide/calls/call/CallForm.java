package org.gide.calls.call;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.gide.calls.Theme;

/**
 * The agent's form of a call, as typed: dates and times stay text so that a wrong value comes back with its field
 * error. Dates and times are in Europe/Paris; the deadline is stored as an instant.
 */
public class CallForm {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private String title = "";

	private String slug = "";

	private String summary = "";

	private String description = "";

	private String planAction = "1.1";

	private List<String> themes = new ArrayList<>();

	private List<String> territories = new ArrayList<>();

	private String opensOn = "";

	private String deadlineOn = "";

	private String deadlineTime = "12:00";

	private String auditionsFrom = "";

	private String auditionsTo = "";

	private String decisionOn = "";

	private String minOrganisations = "3";

	private String minThemes = "2";

	private boolean diagnosisRequired = true;

	private List<Long> directions = new ArrayList<>();

	private Long version;

	static CallForm of(CallCatalogue.CallView call, List<Long> directions) {
		CallForm form = new CallForm();
		form.title = call.title();
		form.slug = call.slug();
		form.summary = call.summary();
		form.description = call.descriptionHtml();
		form.planAction = call.planAction();
		form.themes = new ArrayList<>(call.themes().stream().map(Theme::code).toList());
		form.territories = new ArrayList<>(call.territories());
		form.opensOn = call.opensAt() == null ? "" : call.opensAt().atZone(PARIS).toLocalDate().toString();
		if (call.deadline() != null) {
			ZonedDateTime deadline = call.deadline().atZone(PARIS);
			form.deadlineOn = deadline.toLocalDate().toString();
			form.deadlineTime = deadline.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm"));
		}
		form.auditionsFrom = text(call.auditionsFrom());
		form.auditionsTo = text(call.auditionsTo());
		form.decisionOn = text(call.decisionOn());
		form.minOrganisations = String.valueOf(call.minOrganisations());
		form.minThemes = String.valueOf(call.minThemes());
		form.diagnosisRequired = call.diagnosisRequired();
		form.directions = new ArrayList<>(directions);
		form.version = call.version();
		return form;
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	static LocalTime defaultTime() {
		return LocalTime.NOON;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug == null ? "" : slug;
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

	public String getPlanAction() {
		return planAction;
	}

	public void setPlanAction(String planAction) {
		this.planAction = planAction == null ? "" : planAction;
	}

	public List<String> getThemes() {
		return themes;
	}

	public void setThemes(List<String> themes) {
		this.themes = themes == null ? new ArrayList<>() : themes;
	}

	public List<String> getTerritories() {
		return territories;
	}

	public void setTerritories(List<String> territories) {
		this.territories = territories == null ? new ArrayList<>() : territories;
	}

	public String getOpensOn() {
		return opensOn;
	}

	public void setOpensOn(String opensOn) {
		this.opensOn = opensOn == null ? "" : opensOn;
	}

	public String getDeadlineOn() {
		return deadlineOn;
	}

	public void setDeadlineOn(String deadlineOn) {
		this.deadlineOn = deadlineOn == null ? "" : deadlineOn;
	}

	public String getDeadlineTime() {
		return deadlineTime;
	}

	public void setDeadlineTime(String deadlineTime) {
		this.deadlineTime = deadlineTime == null ? "" : deadlineTime;
	}

	public String getAuditionsFrom() {
		return auditionsFrom;
	}

	public void setAuditionsFrom(String auditionsFrom) {
		this.auditionsFrom = auditionsFrom == null ? "" : auditionsFrom;
	}

	public String getAuditionsTo() {
		return auditionsTo;
	}

	public void setAuditionsTo(String auditionsTo) {
		this.auditionsTo = auditionsTo == null ? "" : auditionsTo;
	}

	public String getDecisionOn() {
		return decisionOn;
	}

	public void setDecisionOn(String decisionOn) {
		this.decisionOn = decisionOn == null ? "" : decisionOn;
	}

	public String getMinOrganisations() {
		return minOrganisations;
	}

	public void setMinOrganisations(String minOrganisations) {
		this.minOrganisations = minOrganisations == null ? "" : minOrganisations;
	}

	public String getMinThemes() {
		return minThemes;
	}

	public void setMinThemes(String minThemes) {
		this.minThemes = minThemes == null ? "" : minThemes;
	}

	public boolean isDiagnosisRequired() {
		return diagnosisRequired;
	}

	public void setDiagnosisRequired(boolean diagnosisRequired) {
		this.diagnosisRequired = diagnosisRequired;
	}

	public List<Long> getDirections() {
		return directions;
	}

	public void setDirections(List<Long> directions) {
		this.directions = directions == null ? new ArrayList<>() : directions;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
