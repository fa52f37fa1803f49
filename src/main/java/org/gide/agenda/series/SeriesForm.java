package org.gide.agenda.series;

import java.util.ArrayList;
import java.util.List;

import org.gide.agenda.events.EventForm;

/**
 * The form of a series: the rule's fields, plus the shared fields of an event ({@link EventForm}, its start, end and
 * registration deadline unused). {@link #getVersion()} is the series' version.
 */
public class SeriesForm extends EventForm {

	/** WEEKLY or MONTHLY. */
	private String frequency = "WEEKLY";

	/** ISO weekdays, 1 = Monday. */
	private List<Integer> weekdays = new ArrayList<>();

	/** MONTHLY: 1..4, or -1 for the last. */
	private String monthWeek = "";

	/** {@code HH:mm}, Paris. */
	private String startTime = "";

	private String durationMinutes = "120";

	/** {@code yyyy-MM-dd}. */
	private String fromDate = "";

	/** {@code yyyy-MM-dd}. */
	private String untilDate = "";

	/** Dates without an occurrence, {@code yyyy-MM-dd}, separated by spaces, commas or lines. */
	private String excludedDates = "";

	public String getFrequency() {
		return frequency;
	}

	public void setFrequency(String frequency) {
		this.frequency = frequency == null ? "" : frequency;
	}

	public List<Integer> getWeekdays() {
		return weekdays;
	}

	public void setWeekdays(List<Integer> weekdays) {
		this.weekdays = weekdays == null ? new ArrayList<>() : new ArrayList<>(weekdays);
	}

	public String getMonthWeek() {
		return monthWeek;
	}

	public void setMonthWeek(String monthWeek) {
		this.monthWeek = monthWeek == null ? "" : monthWeek;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime == null ? "" : startTime;
	}

	public String getDurationMinutes() {
		return durationMinutes;
	}

	public void setDurationMinutes(String durationMinutes) {
		this.durationMinutes = durationMinutes == null ? "" : durationMinutes;
	}

	public String getFromDate() {
		return fromDate;
	}

	public void setFromDate(String fromDate) {
		this.fromDate = fromDate == null ? "" : fromDate;
	}

	public String getUntilDate() {
		return untilDate;
	}

	public void setUntilDate(String untilDate) {
		this.untilDate = untilDate == null ? "" : untilDate;
	}

	public String getExcludedDates() {
		return excludedDates;
	}

	public void setExcludedDates(String excludedDates) {
		this.excludedDates = excludedDates == null ? "" : excludedDates;
	}

}
