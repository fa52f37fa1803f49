package org.gide.resources.item;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import org.gide.directory.Sector;
import org.gide.resources.ResourceType;
import org.gide.resources.workflow.ResourceState;

/**
 * A resource of the centre: one row of {@code resource_item} (V70), every column mapped. Content columns are
 * written by part A ({@code ResourceItems}), the state columns only through part B's {@code EditorialWorkflow};
 * the database's checks hold the per-type rules that do not depend on a form (expiry of offers and funding calls,
 * deliverable id of deliverables…). {@link #getVersion()} is carried by every form and action (optimistic lock).
 * The taxonomy tables ({@code resource_item_organisation/_sector/_territory/_tag}) are element collections of the
 * entity, so that a change to them re-indexes the item (docs/resources.md § 5): never write them with SQL. They
 * are loaded with the item (one select each, no cartesian product): an item is read whole, by forms and indexing.
 */
@Entity
@Table(name = "resource_item")
public class ResourceItem {

	/** {@code article_kind}. */
	public enum ArticleKind {
		POLITICAL, ETHICAL, SOCIAL, RESEARCH
	}

	/** {@code origin}: EXISTING or FROM_EXPERIMENT for methods, EXISTING, CREATED or SUSTAINED for commons. */
	public enum Origin {
		EXISTING, FROM_EXPERIMENT, CREATED, SUSTAINED
	}

	/** {@code offer_kind}. */
	public enum OfferKind {
		JOB, VOLUNTEERING, CIVIC_SERVICE, INTERNSHIP
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "type", updatable = false)
	private ResourceType type;

	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@Column(name = "slug")
	private String slug;

	@Column(name = "title")
	private String title;

	@Column(name = "summary")
	private String summary;

	@Column(name = "body")
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(name = "licence")
	private Licence licence;

	@Column(name = "contributing_organisation_id")
	private Long contributingOrganisationId;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_by_label")
	private String createdByLabel;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "state")
	private ResourceState state;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "scheduled_for")
	private Instant scheduledFor;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "last_published_at")
	private Instant lastPublishedAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "source_name")
	private String sourceName;

	@Column(name = "link_url")
	private String linkUrl;

	@Column(name = "contact_email")
	private String contactEmail;

	@Column(name = "author_names")
	private String authorNames;

	@Enumerated(EnumType.STRING)
	@Column(name = "article_kind")
	private ArticleKind articleKind;

	@Column(name = "purpose")
	private String purpose;

	@Column(name = "audience")
	private String audience;

	@Column(name = "usage")
	private String usage;

	@Enumerated(EnumType.STRING)
	@Column(name = "origin")
	private Origin origin;

	@Column(name = "commons_resource")
	private String commonsResource;

	@Column(name = "commons_community")
	private String commonsCommunity;

	@Column(name = "commons_rules")
	private String commonsRules;

	@Column(name = "commons_governance")
	private String commonsGovernance;

	@Column(name = "deliverable_id")
	private Long deliverableId;

	@Column(name = "call_id")
	private Long callId;

	@Column(name = "dossier_id")
	private Long dossierId;

	@Column(name = "experiment_name")
	private String experimentName;

	@Column(name = "evaluation_method")
	private String evaluationMethod;

	@Column(name = "results")
	private String results;

	@Column(name = "learnings")
	private String learnings;

	@Column(name = "pitfalls")
	private String pitfalls;

	@Enumerated(EnumType.STRING)
	@Column(name = "offer_kind")
	private OfferKind offerKind;

	@Column(name = "contract")
	private String contract;

	@Column(name = "working_time")
	private String workingTime;

	@Column(name = "commune_code")
	private String communeCode;

	@Column(name = "funder")
	private String funder;

	@Column(name = "amount_min")
	private BigDecimal amountMin;

	@Column(name = "amount_max")
	private BigDecimal amountMax;

	@Column(name = "eligibility")
	private String eligibility;

	@Column(name = "institution")
	private String institution;

	@Column(name = "degree")
	private String degree;

	@Column(name = "academic_year")
	private String academicYear;

	@Column(name = "supervisor")
	private String supervisor;

	/** Authoring organisations, the contributing one first ({@code resource_item_organisation.position}). */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "resource_item_organisation", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	@Column(name = "organisation_id")
	private List<Long> organisationIds = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "resource_item_sector", joinColumns = @JoinColumn(name = "item_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "sector")
	private Set<Sector> sectors = new LinkedHashSet<>();

	/** {@code territory.id}s; none = the whole Gard. */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "resource_item_territory", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "territory_id")
	private Set<Long> territoryIds = new LinkedHashSet<>();

	/** Lower-case tags, at most ten. */
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "resource_item_tag", joinColumns = @JoinColumn(name = "item_id"))
	@Column(name = "tag")
	private Set<String> tags = new LinkedHashSet<>();

	protected ResourceItem() {
	}

	/** A new DRAFT item; the type never changes afterwards. */
	public ResourceItem(ResourceType type, String slug, String title, Licence licence, Long createdBy,
			String createdByLabel, Instant now) {
		this.type = Objects.requireNonNull(type);
		this.slug = slug;
		this.title = title;
		this.licence = licence;
		this.createdBy = createdBy;
		this.createdByLabel = createdByLabel;
		this.createdAt = now;
		this.updatedAt = now;
		this.state = ResourceState.DRAFT;
		this.summary = "";
		this.body = "";
	}

	public Long getId() {
		return id;
	}

	public ResourceType getType() {
		return type;
	}

	public long getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** The item's canonical public path. */
	public String path() {
		return ResourcePaths.page(type, id, slug);
	}

	/** Whether its expiry date is past (a query-time filter; the state does not change). */
	public boolean expiredAt(Instant now) {
		return expiresAt != null && !expiresAt.isAfter(now);
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Licence getLicence() {
		return licence;
	}

	public void setLicence(Licence licence) {
		this.licence = licence;
	}

	public Long getContributingOrganisationId() {
		return contributingOrganisationId;
	}

	public void setContributingOrganisationId(Long contributingOrganisationId) {
		this.contributingOrganisationId = contributingOrganisationId;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public void setCreatedBy(Long createdBy) {
		this.createdBy = createdBy;
	}

	public String getCreatedByLabel() {
		return createdByLabel;
	}

	public void setCreatedByLabel(String createdByLabel) {
		this.createdByLabel = createdByLabel;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public ResourceState getState() {
		return state;
	}

	public void setState(ResourceState state) {
		this.state = state;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public void setSubmittedAt(Instant submittedAt) {
		this.submittedAt = submittedAt;
	}

	public Instant getScheduledFor() {
		return scheduledFor;
	}

	public void setScheduledFor(Instant scheduledFor) {
		this.scheduledFor = scheduledFor;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public void setPublishedAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	public Instant getLastPublishedAt() {
		return lastPublishedAt;
	}

	public void setLastPublishedAt(Instant lastPublishedAt) {
		this.lastPublishedAt = lastPublishedAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public void setExpiresAt(Instant expiresAt) {
		this.expiresAt = expiresAt;
	}

	public String getSourceName() {
		return sourceName;
	}

	public void setSourceName(String sourceName) {
		this.sourceName = sourceName;
	}

	public String getLinkUrl() {
		return linkUrl;
	}

	public void setLinkUrl(String linkUrl) {
		this.linkUrl = linkUrl;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getAuthorNames() {
		return authorNames;
	}

	public void setAuthorNames(String authorNames) {
		this.authorNames = authorNames;
	}

	public ArticleKind getArticleKind() {
		return articleKind;
	}

	public void setArticleKind(ArticleKind articleKind) {
		this.articleKind = articleKind;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getAudience() {
		return audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public String getUsage() {
		return usage;
	}

	public void setUsage(String usage) {
		this.usage = usage;
	}

	public Origin getOrigin() {
		return origin;
	}

	public void setOrigin(Origin origin) {
		this.origin = origin;
	}

	public String getCommonsResource() {
		return commonsResource;
	}

	public void setCommonsResource(String commonsResource) {
		this.commonsResource = commonsResource;
	}

	public String getCommonsCommunity() {
		return commonsCommunity;
	}

	public void setCommonsCommunity(String commonsCommunity) {
		this.commonsCommunity = commonsCommunity;
	}

	public String getCommonsRules() {
		return commonsRules;
	}

	public void setCommonsRules(String commonsRules) {
		this.commonsRules = commonsRules;
	}

	public String getCommonsGovernance() {
		return commonsGovernance;
	}

	public void setCommonsGovernance(String commonsGovernance) {
		this.commonsGovernance = commonsGovernance;
	}

	public Long getDeliverableId() {
		return deliverableId;
	}

	public void setDeliverableId(Long deliverableId) {
		this.deliverableId = deliverableId;
	}

	public Long getCallId() {
		return callId;
	}

	public void setCallId(Long callId) {
		this.callId = callId;
	}

	public Long getDossierId() {
		return dossierId;
	}

	public void setDossierId(Long dossierId) {
		this.dossierId = dossierId;
	}

	public String getExperimentName() {
		return experimentName;
	}

	public void setExperimentName(String experimentName) {
		this.experimentName = experimentName;
	}

	public String getEvaluationMethod() {
		return evaluationMethod;
	}

	public void setEvaluationMethod(String evaluationMethod) {
		this.evaluationMethod = evaluationMethod;
	}

	public String getResults() {
		return results;
	}

	public void setResults(String results) {
		this.results = results;
	}

	public String getLearnings() {
		return learnings;
	}

	public void setLearnings(String learnings) {
		this.learnings = learnings;
	}

	public String getPitfalls() {
		return pitfalls;
	}

	public void setPitfalls(String pitfalls) {
		this.pitfalls = pitfalls;
	}

	public OfferKind getOfferKind() {
		return offerKind;
	}

	public void setOfferKind(OfferKind offerKind) {
		this.offerKind = offerKind;
	}

	public String getContract() {
		return contract;
	}

	public void setContract(String contract) {
		this.contract = contract;
	}

	public String getWorkingTime() {
		return workingTime;
	}

	public void setWorkingTime(String workingTime) {
		this.workingTime = workingTime;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(String communeCode) {
		this.communeCode = communeCode;
	}

	public String getFunder() {
		return funder;
	}

	public void setFunder(String funder) {
		this.funder = funder;
	}

	public BigDecimal getAmountMin() {
		return amountMin;
	}

	public void setAmountMin(BigDecimal amountMin) {
		this.amountMin = amountMin;
	}

	public BigDecimal getAmountMax() {
		return amountMax;
	}

	public void setAmountMax(BigDecimal amountMax) {
		this.amountMax = amountMax;
	}

	public String getEligibility() {
		return eligibility;
	}

	public void setEligibility(String eligibility) {
		this.eligibility = eligibility;
	}

	public String getInstitution() {
		return institution;
	}

	public void setInstitution(String institution) {
		this.institution = institution;
	}

	public String getDegree() {
		return degree;
	}

	public void setDegree(String degree) {
		this.degree = degree;
	}

	public String getAcademicYear() {
		return academicYear;
	}

	public void setAcademicYear(String academicYear) {
		this.academicYear = academicYear;
	}

	public String getSupervisor() {
		return supervisor;
	}

	public void setSupervisor(String supervisor) {
		this.supervisor = supervisor;
	}

	/** Authoring organisations in order, the contributing one first (live collection). */
	public List<Long> getOrganisationIds() {
		return organisationIds;
	}

	/** Replaces the authoring organisations; the first becomes the contributing organisation. */
	public void setOrganisationIds(List<Long> ids) {
		organisationIds.clear();
		ids.stream().filter(Objects::nonNull).distinct().forEach(organisationIds::add);
		contributingOrganisationId = organisationIds.isEmpty() ? null : organisationIds.get(0);
	}

	public Set<Sector> getSectors() {
		return sectors;
	}

	public void setSectors(Set<Sector> values) {
		sectors.clear();
		sectors.addAll(values);
	}

	public Set<Long> getTerritoryIds() {
		return territoryIds;
	}

	public void setTerritoryIds(Set<Long> values) {
		territoryIds.clear();
		territoryIds.addAll(values);
	}

	public Set<String> getTags() {
		return tags;
	}

	public void setTags(Set<String> values) {
		tags.clear();
		tags.addAll(values);
	}

}
