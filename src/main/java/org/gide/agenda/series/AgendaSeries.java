package org.gide.agenda.series;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.gide.agenda.EventKind;

/**
 * A recurring series ({@code agenda_series}, V80): its rule ({@link #rule()}) and the template of its occurrences,
 * the shared fields of the event form as JSON ({@code template}). Its occurrences are ordinary events
 * ({@code agenda_event.series_id}, {@code occurrence_date}) created by {@link SeriesHorizon}.
 */
@Entity
@Table(name = "agenda_series")
public class AgendaSeries {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", updatable = false)
	private EventKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "rule")
	private SeriesRule.Frequency frequency;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "weekdays", columnDefinition = "smallint[]")
	private Short[] weekdays = new Short[0];

	@Column(name = "month_week")
	private Short monthWeek;

	@Column(name = "start_time")
	private LocalTime startTime;

	@Column(name = "duration_minutes")
	private int durationMinutes;

	@Column(name = "from_date")
	private LocalDate fromDate;

	@Column(name = "until_date")
	private LocalDate untilDate;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "excluded_dates", columnDefinition = "date[]")
	private LocalDate[] excludedDates = new LocalDate[0];

	@ColumnTransformer(write = "?::jsonb")
	@Column(name = "template", columnDefinition = "jsonb")
	private String template;

	@Version
	@Column(name = "version")
	private long version;

	@Column(name = "created_by", updatable = false)
	private long createdBy;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	protected AgendaSeries() {
	}

	public AgendaSeries(EventKind kind, long createdBy, Instant createdAt) {
		this.kind = Objects.requireNonNull(kind);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** The rule of this series. */
	public SeriesRule rule() {
		return new SeriesRule(frequency, getWeekdays(), monthWeek == null ? null : monthWeek.intValue(), startTime,
				durationMinutes, fromDate, untilDate, new TreeSet<>(Arrays.asList(excludedDates)));
	}

	/** Replaces the rule (the caller checked {@link SeriesRule#problems()}). */
	public void setRule(SeriesRule rule) {
		this.frequency = rule.frequency();
		this.weekdays = rule.weekdays().stream().sorted().map(d -> (short) d.getValue()).toArray(Short[]::new);
		this.monthWeek = rule.frequency() == SeriesRule.Frequency.MONTHLY && rule.monthWeek() != null
				? rule.monthWeek().shortValue() : null;
		this.startTime = rule.startTime();
		this.durationMinutes = rule.durationMinutes();
		this.fromDate = rule.from();
		this.untilDate = rule.until();
		this.excludedDates = rule.excluded().toArray(LocalDate[]::new);
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

	public Set<DayOfWeek> getWeekdays() {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(weekdays).forEach(d -> days.add(DayOfWeek.of(d)));
		return days;
	}

	public LocalDate getFromDate() {
		return fromDate;
	}

	public LocalDate getUntilDate() {
		return untilDate;
	}

	/** The shared fields of the event form, as JSON. */
	public String getTemplate() {
		return template;
	}

	public void setTemplate(String template) {
		this.template = template;
	}

	public long getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
