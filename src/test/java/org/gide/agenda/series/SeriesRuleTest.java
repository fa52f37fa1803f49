package org.gide.agenda.series;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.gide.agenda.series.SeriesRule.Frequency;
import org.gide.agenda.series.SeriesRule.Occurrence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The occurrences of weekly and monthly rules, without Spring, on fixed dates. */
class SeriesRuleTest {

	static SeriesRule weekly(Set<DayOfWeek> days, String from, String until, String... excluded) {
		return new SeriesRule(Frequency.WEEKLY, days, null, LocalTime.of(9, 30), 120, LocalDate.parse(from),
				LocalDate.parse(until), dates(excluded));
	}

	static SeriesRule monthly(int week, DayOfWeek day, String from, String until, String... excluded) {
		return new SeriesRule(Frequency.MONTHLY, Set.of(day), week, LocalTime.of(14, 0), 90, LocalDate.parse(from),
				LocalDate.parse(until), dates(excluded));
	}

	static TreeSet<LocalDate> dates(String... values) {
		TreeSet<LocalDate> set = new TreeSet<>();
		for (String value : values) {
			set.add(LocalDate.parse(value));
		}
		return set;
	}

	static List<LocalDate> days(List<Occurrence> occurrences) {
		return occurrences.stream().map(Occurrence::date).toList();
	}

	@Test
	void weeklyOnTwoWeekdaysBothEndsIncluded() {
		// 2027-01-04 is a Monday.
		SeriesRule rule = weekly(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), "2027-01-04", "2027-01-18");
		assertThat(days(rule.occurrences())).containsExactly(LocalDate.parse("2027-01-04"),
				LocalDate.parse("2027-01-07"), LocalDate.parse("2027-01-11"), LocalDate.parse("2027-01-14"),
				LocalDate.parse("2027-01-18"));
		Occurrence first = rule.occurrences().get(0);
		assertThat(first.start().toLocalTime()).isEqualTo(LocalTime.of(9, 30));
		assertThat(first.start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(first.end().toLocalTime()).isEqualTo(LocalTime.of(11, 30));
	}

	@Test
	void excludedDatesAreLeftOut() {
		SeriesRule rule = weekly(Set.of(DayOfWeek.WEDNESDAY), "2027-04-01", "2027-04-30", "2027-04-14", "2027-04-15");
		assertThat(days(rule.occurrences())).containsExactly(LocalDate.parse("2027-04-07"),
				LocalDate.parse("2027-04-21"), LocalDate.parse("2027-04-28"));
	}

	@Test
	void monthlyOnTheNthWeekday() {
		SeriesRule second = monthly(2, DayOfWeek.TUESDAY, "2027-01-01", "2027-04-30");
		assertThat(days(second.occurrences())).containsExactly(LocalDate.parse("2027-01-12"),
				LocalDate.parse("2027-02-09"), LocalDate.parse("2027-03-09"), LocalDate.parse("2027-04-13"));
		SeriesRule fourth = monthly(4, DayOfWeek.FRIDAY, "2027-01-01", "2027-03-31");
		assertThat(days(fourth.occurrences())).containsExactly(LocalDate.parse("2027-01-22"),
				LocalDate.parse("2027-02-26"), LocalDate.parse("2027-03-26"));
	}

	@Test
	void monthlyOnTheLastWeekdayAndOnlyInsideTheRange() {
		// Last Friday: 2027-01-29, 2027-02-26, 2027-04-30; from 2027-01-30 leaves out January's.
		SeriesRule last = monthly(-1, DayOfWeek.FRIDAY, "2027-01-30", "2027-04-29");
		assertThat(days(last.occurrences())).containsExactly(LocalDate.parse("2027-02-26"),
				LocalDate.parse("2027-03-26"));
		assertThat(days(monthly(-1, DayOfWeek.FRIDAY, "2027-01-01", "2027-04-30").occurrences()))
			.containsExactly(LocalDate.parse("2027-01-29"), LocalDate.parse("2027-02-26"),
					LocalDate.parse("2027-03-26"), LocalDate.parse("2027-04-30"));
	}

	@Test
	void wallClockTimeIsKeptAcrossTheMarchChange() {
		// Summer time starts on Sunday 2027-03-28 in Paris.
		SeriesRule rule = weekly(Set.of(DayOfWeek.SATURDAY, DayOfWeek.MONDAY), "2027-03-27", "2027-03-29");
		List<Occurrence> occurrences = rule.occurrences();
		assertThat(occurrences).extracting(o -> o.start().toLocalTime()).containsOnly(LocalTime.of(9, 30));
		assertThat(occurrences.get(0).start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(occurrences.get(1).start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(occurrences.get(1).start().toInstant().toString()).isEqualTo("2027-03-29T07:30:00Z");
		// A start in the gap (02:30 does not exist that night) moves forward by the gap; the duration is kept.
		SeriesRule night = new SeriesRule(Frequency.WEEKLY, Set.of(DayOfWeek.SUNDAY), null, LocalTime.of(2, 30), 60,
				LocalDate.parse("2027-03-28"), LocalDate.parse("2027-03-28"), null);
		Occurrence gap = night.occurrences().get(0);
		assertThat(gap.start().toLocalTime()).isEqualTo(LocalTime.of(3, 30));
		assertThat(Duration.between(gap.start(), gap.end())).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void wallClockTimeIsKeptAcrossTheOctoberChange() {
		// Winter time starts on Sunday 2027-10-31 in Paris.
		SeriesRule rule = weekly(Set.of(DayOfWeek.THURSDAY), "2027-10-28", "2027-11-04");
		List<Occurrence> occurrences = rule.occurrences();
		assertThat(occurrences).extracting(o -> o.start().toInstant().toString())
			.containsExactly("2027-10-28T07:30:00Z", "2027-11-04T08:30:00Z");
		// An evening that spans the night of the change lasts its duration in real time.
		SeriesRule night = new SeriesRule(Frequency.WEEKLY, Set.of(DayOfWeek.SATURDAY), null, LocalTime.of(22, 0),
				360, LocalDate.parse("2027-10-30"), LocalDate.parse("2027-10-30"), null);
		Occurrence spanning = night.occurrences().get(0);
		assertThat(Duration.between(spanning.start(), spanning.end())).isEqualTo(Duration.ofHours(6));
		assertThat(spanning.end().toLocalTime()).isEqualTo(LocalTime.of(3, 0));
	}

	@Test
	void theUntilLimitAndTheOtherRulesAreCheckedFieldByField() {
		assertThat(weekly(Set.of(DayOfWeek.MONDAY), "2027-01-01", "2028-01-02").problems()).isEmpty();
		assertThat(weekly(Set.of(DayOfWeek.MONDAY), "2027-01-01", "2028-01-03").problems())
			.containsExactly(java.util.Map.entry("until", "agenda.series.error.tooLong"));
		assertThat(weekly(Set.of(DayOfWeek.MONDAY), "2027-01-10", "2027-01-09").problems())
			.containsOnlyKeys("until");
		assertThat(weekly(Set.of(), "2027-01-01", "2027-02-01").problems()).containsOnlyKeys("weekdays");
		assertThat(new SeriesRule(Frequency.MONTHLY, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), 5, null, 10,
				LocalDate.parse("2027-01-01"), LocalDate.parse("2027-02-01"), null).problems())
			.containsOnlyKeys("weekdays", "monthWeek", "startTime", "durationMinutes");
		assertThatThrownBy(() -> weekly(Set.of(), "2027-01-01", "2027-02-01").occurrences())
			.isInstanceOf(IllegalStateException.class);
		// A year of weekly Mondays: 53 at most, never past the until date.
		List<Occurrence> year = weekly(Set.of(DayOfWeek.MONDAY), "2027-01-01", "2028-01-02").occurrences();
		assertThat(year).hasSize(52);
		assertThat(year.get(year.size() - 1).date()).isEqualTo(LocalDate.parse("2027-12-27"));
		// A window inside the series.
		assertThat(days(weekly(Set.of(DayOfWeek.MONDAY), "2027-01-01", "2027-12-31")
			.occurrences(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-14"))))
			.containsExactly(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-02-08"));
	}

}
