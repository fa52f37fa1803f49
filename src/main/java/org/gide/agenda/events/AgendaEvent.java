package org.gide.agenda.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;

/**
 * An event of the agenda: one row of {@code agenda_event} (V80), every column mapped, the organiser organisations
 * as an ordered element collection ({@code agenda_event_organiser}, the first is the main organiser). A training
 * with more than one organiser is mutualised ({@link #mutualised()}, derived). The database holds the rules that do
 * not depend on a form (a meeting has a territory and a format, a workshop mirrors one call workshop, a place or an
 * online link…). {@link #getVersion()} is carried by every form (optimistic lock).
 */
@Entity
@Table(name = "agenda_event")
public class AgendaEvent {

	/** {@code registration}: NONE = information only, OPEN = people register (capacity and deadline apply). */
	public enum Registration {
		NONE, OPEN
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", updatable = false)
	private EventKind kind;

	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "audiences", columnDefinition = "varchar(20)[]")
	private String[] audiences = new String[0];

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "themes", columnDefinition = "varchar(40)[]")
	private String[] themes = new String[0];

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "agenda_event_organiser", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "position")
	@Column(name = "organisation_id")
	private List<Long> organiserIds = new ArrayList<>();

	@Column(name = "slug")
	private String slug;

	@Column(name = "title")
	private String title;

	@Column(name = "summary")
	private String summary;

	@Column(name = "description")
	private String description;

	@Column(name = "organised_by_department")
	private boolean organisedByDepartment;

	@Column(name = "territory_id")
	private Long territoryId;

	@Column(name = "commune_code")
	private String communeCode;

	@Column(name = "place")
	private String place;

	@Column(name = "online_url")
	private String onlineUrl;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "capacity")
	private Integer capacity;

	@Enumerated(EnumType.STRING)
	@Column(name = "registration")
	private Registration registration;

	@Column(name = "registration_deadline")
	private Instant registrationDeadline;

	@Column(name = "accessibility")
	private String accessibility;

	@Column(name = "price_euros")
	private BigDecimal priceEuros;

	@Column(name = "price_note")
	private String priceNote;

	@Enumerated(EnumType.STRING)
	@Column(name = "meeting_format")
	private MeetingFormat meetingFormat;

	@Column(name = "new_training")
	private boolean newTraining;

	@Column(name = "call_id")
	private Long callId;

	@Column(name = "call_workshop_id")
	private Long callWorkshopId;

	@Column(name = "series_id")
	private Long seriesId;

	@Column(name = "occurrence_date")
	private LocalDate occurrenceDate;

	@Column(name = "detached")
	private boolean detached;

	@Enumerated(EnumType.STRING)
	@Column(name = "state")
	private EventState state;

	@Column(name = "cancelled_reason")
	private String cancelledReason;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected AgendaEvent() {
	}

	/** A new DRAFT event; the kind never changes afterwards. */
	public AgendaEvent(EventKind kind, String slug, String title, Instant startsAt, Instant endsAt, Long createdBy,
			Instant now) {
		this.kind = Objects.requireNonNull(kind);
		this.slug = slug;
		this.title = title;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.state = EventState.DRAFT;
		this.registration = Registration.OPEN;
		this.summary = "";
		this.description = "";
		this.place = "";
		this.accessibility = "";
		this.priceNote = "";
	}

	public Long getId() {
		return id;
	}

	public EventKind getKind() {
		return kind;
	}

	public long getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** The event's canonical public path: {@code /agenda/evenements/{id}-{slug}}. */
	public String path() {
		return "/agenda/evenements/" + id + "-" + slug;
	}

	/** A training organised by more than one organisation (plan 1.2: « formations mutualisées »). */
	public boolean mutualised() {
		return organiserIds.size() > 1;
	}

	public Set<Audience> getAudiences() {
		return Arrays.stream(audiences).map(Audience::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Audience.class)));
	}

	public void setAudiences(Set<Audience> values) {
		this.audiences = values.stream().sorted().map(Enum::name).toArray(String[]::new);
	}

	/** Theme codes of the appels à commun(s) ({@code org.gide.calls.Theme}, lower case). */
	public List<String> getThemes() {
		return List.of(themes);
	}

	public void setThemes(List<String> values) {
		this.themes = values.stream().distinct().toArray(String[]::new);
	}

	/** Organiser organisations in order, the main one first (live collection). */
	public List<Long> getOrganiserIds() {
		return organiserIds;
	}

	public void setOrganiserIds(List<Long> ids) {
		organiserIds.clear();
		ids.stream().filter(Objects::nonNull).distinct().forEach(organiserIds::add);
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

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isOrganisedByDepartment() {
		return organisedByDepartment;
	}

	public void setOrganisedByDepartment(boolean organisedByDepartment) {
		this.organisedByDepartment = organisedByDepartment;
	}

	public Long getTerritoryId() {
		return territoryId;
	}

	public void setTerritoryId(Long territoryId) {
		this.territoryId = territoryId;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(String communeCode) {
		this.communeCode = communeCode;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getOnlineUrl() {
		return onlineUrl;
	}

	public void setOnlineUrl(String onlineUrl) {
		this.onlineUrl = onlineUrl;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(Instant startsAt) {
		this.startsAt = startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(Instant endsAt) {
		this.endsAt = endsAt;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Registration getRegistration() {
		return registration;
	}

	public void setRegistration(Registration registration) {
		this.registration = registration;
	}

	public Instant getRegistrationDeadline() {
		return registrationDeadline;
	}

	public void setRegistrationDeadline(Instant registrationDeadline) {
		this.registrationDeadline = registrationDeadline;
	}

	public String getAccessibility() {
		return accessibility;
	}

	public void setAccessibility(String accessibility) {
		this.accessibility = accessibility;
	}

	public BigDecimal getPriceEuros() {
		return priceEuros;
	}

	public void setPriceEuros(BigDecimal priceEuros) {
		this.priceEuros = priceEuros;
	}

	public String getPriceNote() {
		return priceNote;
	}

	public void setPriceNote(String priceNote) {
		this.priceNote = priceNote;
	}

	public MeetingFormat getMeetingFormat() {
		return meetingFormat;
	}

	public void setMeetingFormat(MeetingFormat meetingFormat) {
		this.meetingFormat = meetingFormat;
	}

	public boolean isNewTraining() {
		return newTraining;
	}

	public void setNewTraining(boolean newTraining) {
		this.newTraining = newTraining;
	}

	public Long getCallId() {
		return callId;
	}

	public void setCallId(Long callId) {
		this.callId = callId;
	}

	public Long getCallWorkshopId() {
		return callWorkshopId;
	}

	public void setCallWorkshopId(Long callWorkshopId) {
		this.callWorkshopId = callWorkshopId;
	}

	public Long getSeriesId() {
		return seriesId;
	}

	public void setSeriesId(Long seriesId) {
		this.seriesId = seriesId;
	}

	public LocalDate getOccurrenceDate() {
		return occurrenceDate;
	}

	public void setOccurrenceDate(LocalDate occurrenceDate) {
		this.occurrenceDate = occurrenceDate;
	}

	public boolean isDetached() {
		return detached;
	}

	public void setDetached(boolean detached) {
		this.detached = detached;
	}

	public EventState getState() {
		return state;
	}

	public void setState(EventState state) {
		this.state = state;
	}

	public String getCancelledReason() {
		return cancelledReason;
	}

	public void setCancelledReason(String cancelledReason) {
		this.cancelledReason = cancelledReason;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public void setPublishedAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	public Long getCreatedBy() {
		return createdBy;
	}

	public void setCreatedBy(Long createdBy) {
		this.createdBy = createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

}
