package org.gide.resources.item;

import java.util.ArrayList;
import java.util.List;

/**
 * What the authoring form of a resource carries (creation and edition): the common fields, and the specific fields
 * of every type (only those of the item's type are read, see {@link ResourceFields}). Strings are never null. Rich
 * texts ({@code body} and the long specific texts) are sanitized by {@link ResourceItems} before they are stored.
 */
public class ResourceForm {

	private Long version;

	/** The contributing organisation (one the member administers); optional for the committee. */
	private Long organisation;

	/** Co-authoring organisations already chosen, in order (after the contributing one). */
	private List<Long> coAuthors = new ArrayList<>();

	/** A name or SIRET typed to add one more co-authoring organisation on save. */
	private String coAuthorQuery = "";

	private String title = "";

	private String summary = "";

	private String body = "";

	private String licence = "";

	private List<String> sectors = new ArrayList<>();

	private List<Long> territories = new ArrayList<>();

	/** Comma-separated tags. */
	private String tags = "";

	/** The expiry date of an offer or the deadline of a funding call ({@code yyyy-MM-dd}, end of that day in Paris). */
	private String expiresOn = "";

	private String sourceName = "";

	private String linkUrl = "";

	private String contactEmail = "";

	private String authorNames = "";

	private String articleKind = "";

	private String purpose = "";

	private String audience = "";

	private String usage = "";

	private String origin = "";

	private String commonsResource = "";

	private String commonsCommunity = "";

	private String commonsRules = "";

	private String commonsGovernance = "";

	private String experimentName = "";

	private String evaluationMethod = "";

	private String results = "";

	private String learnings = "";

	private String pitfalls = "";

	private String offerKind = "";

	private String contract = "";

	private String workingTime = "";

	private String communeCode = "";

	private String funder = "";

	private String amountMin = "";

	private String amountMax = "";

	private String eligibility = "";

	private String institution = "";

	private String degree = "";

	private String academicYear = "";

	private String supervisor = "";

	private static String text(String value) {
		return value == null ? "" : value;
	}

	/** The value of a text field by its name (the names of {@link ResourceFields}). */
	public String text(ResourceFields.Field field) {
		return switch (field.name()) {
			case "sourceName" -> sourceName;
			case "linkUrl" -> linkUrl;
			case "contactEmail" -> contactEmail;
			case "authorNames" -> authorNames;
			case "articleKind" -> articleKind;
			case "purpose" -> purpose;
			case "audience" -> audience;
			case "usage" -> usage;
			case "origin" -> origin;
			case "commonsResource" -> commonsResource;
			case "commonsCommunity" -> commonsCommunity;
			case "commonsRules" -> commonsRules;
			case "commonsGovernance" -> commonsGovernance;
			case "experimentName" -> experimentName;
			case "evaluationMethod" -> evaluationMethod;
			case "results" -> results;
			case "learnings" -> learnings;
			case "pitfalls" -> pitfalls;
			case "offerKind" -> offerKind;
			case "contract" -> contract;
			case "workingTime" -> workingTime;
			case "communeCode" -> communeCode;
			case "funder" -> funder;
			case "amountMin" -> amountMin;
			case "amountMax" -> amountMax;
			case "eligibility" -> eligibility;
			case "institution" -> institution;
			case "degree" -> degree;
			case "academicYear" -> academicYear;
			case "supervisor" -> supervisor;
			case "expiresOn" -> expiresOn;
			default -> throw new IllegalArgumentException(field.name());
		};
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Long getOrganisation() {
		return organisation;
	}

	public void setOrganisation(Long organisation) {
		this.organisation = organisation;
	}

	public List<Long> getCoAuthors() {
		return coAuthors;
	}

	public void setCoAuthors(List<Long> coAuthors) {
		this.coAuthors = coAuthors == null ? new ArrayList<>() : new ArrayList<>(coAuthors);
	}

	public String getCoAuthorQuery() {
		return coAuthorQuery;
	}

	public void setCoAuthorQuery(String coAuthorQuery) {
		this.coAuthorQuery = text(coAuthorQuery);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = text(title);
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = text(summary);
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = text(body);
	}

	public String getLicence() {
		return licence;
	}

	public void setLicence(String licence) {
		this.licence = text(licence);
	}

	public List<String> getSectors() {
		return sectors;
	}

	public void setSectors(List<String> sectors) {
		this.sectors = sectors == null ? new ArrayList<>() : new ArrayList<>(sectors);
	}

	public List<Long> getTerritories() {
		return territories;
	}

	public void setTerritories(List<Long> territories) {
		this.territories = territories == null ? new ArrayList<>() : new ArrayList<>(territories);
	}

	public String getTags() {
		return tags;
	}

	public void setTags(String tags) {
		this.tags = text(tags);
	}

	public String getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(String expiresOn) {
		this.expiresOn = text(expiresOn);
	}

	public String getSourceName() {
		return sourceName;
	}

	public void setSourceName(String sourceName) {
		this.sourceName = text(sourceName);
	}

	public String getLinkUrl() {
		return linkUrl;
	}

	public void setLinkUrl(String linkUrl) {
		this.linkUrl = text(linkUrl);
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = text(contactEmail);
	}

	public String getAuthorNames() {
		return authorNames;
	}

	public void setAuthorNames(String authorNames) {
		this.authorNames = text(authorNames);
	}

	public String getArticleKind() {
		return articleKind;
	}

	public void setArticleKind(String articleKind) {
		this.articleKind = text(articleKind);
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = text(purpose);
	}

	public String getAudience() {
		return audience;
	}

	public void setAudience(String audience) {
		this.audience = text(audience);
	}

	public String getUsage() {
		return usage;
	}

	public void setUsage(String usage) {
		this.usage = text(usage);
	}

	public String getOrigin() {
		return origin;
	}

	public void setOrigin(String origin) {
		this.origin = text(origin);
	}

	public String getCommonsResource() {
		return commonsResource;
	}

	public void setCommonsResource(String commonsResource) {
		this.commonsResource = text(commonsResource);
	}

	public String getCommonsCommunity() {
		return commonsCommunity;
	}

	public void setCommonsCommunity(String commonsCommunity) {
		this.commonsCommunity = text(commonsCommunity);
	}

	public String getCommonsRules() {
		return commonsRules;
	}

	public void setCommonsRules(String commonsRules) {
		this.commonsRules = text(commonsRules);
	}

	public String getCommonsGovernance() {
		return commonsGovernance;
	}

	public void setCommonsGovernance(String commonsGovernance) {
		this.commonsGovernance = text(commonsGovernance);
	}

	public String getExperimentName() {
		return experimentName;
	}

	public void setExperimentName(String experimentName) {
		this.experimentName = text(experimentName);
	}

	public String getEvaluationMethod() {
		return evaluationMethod;
	}

	public void setEvaluationMethod(String evaluationMethod) {
		this.evaluationMethod = text(evaluationMethod);
	}

	public String getResults() {
		return results;
	}

	public void setResults(String results) {
		this.results = text(results);
	}

	public String getLearnings() {
		return learnings;
	}

	public void setLearnings(String learnings) {
		this.learnings = text(learnings);
	}

	public String getPitfalls() {
		return pitfalls;
	}

	public void setPitfalls(String pitfalls) {
		this.pitfalls = text(pitfalls);
	}

	public String getOfferKind() {
		return offerKind;
	}

	public void setOfferKind(String offerKind) {
		this.offerKind = text(offerKind);
	}

	public String getContract() {
		return contract;
	}

	public void setContract(String contract) {
		this.contract = text(contract);
	}

	public String getWorkingTime() {
		return workingTime;
	}

	public void setWorkingTime(String workingTime) {
		this.workingTime = text(workingTime);
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(String communeCode) {
		this.communeCode = text(communeCode);
	}

	public String getFunder() {
		return funder;
	}

	public void setFunder(String funder) {
		this.funder = text(funder);
	}

	public String getAmountMin() {
		return amountMin;
	}

	public void setAmountMin(String amountMin) {
		this.amountMin = text(amountMin);
	}

	public String getAmountMax() {
		return amountMax;
	}

	public void setAmountMax(String amountMax) {
		this.amountMax = text(amountMax);
	}

	public String getEligibility() {
		return eligibility;
	}

	public void setEligibility(String eligibility) {
		this.eligibility = text(eligibility);
	}

	public String getInstitution() {
		return institution;
	}

	public void setInstitution(String institution) {
		this.institution = text(institution);
	}

	public String getDegree() {
		return degree;
	}

	public void setDegree(String degree) {
		this.degree = text(degree);
	}

	public String getAcademicYear() {
		return academicYear;
	}

	public void setAcademicYear(String academicYear) {
		this.academicYear = text(academicYear);
	}

	public String getSupervisor() {
		return supervisor;
	}

	public void setSupervisor(String supervisor) {
		this.supervisor = text(supervisor);
	}

}
