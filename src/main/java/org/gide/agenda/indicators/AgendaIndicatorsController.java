package org.gide.agenda.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gide.web.CsvRows;
import org.gide.agenda.events.MeetingFormat;
import org.gide.agenda.indicators.AgendaIndicators.Meeting;
import org.gide.agenda.indicators.AgendaIndicators.Period;
import org.gide.agenda.indicators.AgendaIndicators.Report;
import org.gide.agenda.reports.PresentOrganisation;
import org.gide.directory.Sector;

/**
 * The agenda's indicators for the Mission ESS: a page with a period form ({@code du}, {@code au} included, days of
 * the Gard) and the same figures as CSV (UTF-8 with BOM, semicolons, formula cells neutralised).
 */
@Controller
class AgendaIndicatorsController {

	/** The longest period asked at once. */
	static final int MAX_YEARS = 10;

	/** The period asked for, as typed, with a message key per refused field (the default period is used then). */
	record Query(String du, String au, Period period, Map<String, String> errors) {

		/** {@code du=…&au=…} of the period computed, for the CSV link. */
		public String queryString() {
			return "du=" + period.from() + "&au=" + period.to().minusDays(1);
		}

	}

	private final AgendaIndicators indicators;

	private final MessageSource messages;

	private final Clock clock;

	AgendaIndicatorsController(AgendaIndicators indicators, MessageSource messages, ObjectProvider<Clock> clock) {
		this.indicators = indicators;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Reads the parameters; by default the calendar year of today. */
	Query query(String du, String au) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), AgendaIndicators.ZONE);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate from = parse(du, "du", errors);
		LocalDate to = parse(au, "au", errors);
		if (from == null) {
			from = to != null ? to.withDayOfYear(1) : today.withDayOfYear(1);
		}
		if (to == null) {
			to = from.withDayOfYear(1).plusYears(1).minusDays(1);
		}
		if (to.isBefore(from)) {
			errors.put("au", "agenda.reports.indicators.error.order");
			from = today.withDayOfYear(1);
			to = from.plusYears(1).minusDays(1);
		}
		else if (from.plusYears(MAX_YEARS).isBefore(to)) {
			errors.put("au", "agenda.reports.indicators.error.long");
			from = today.withDayOfYear(1);
			to = from.plusYears(1).minusDays(1);
		}
		return new Query(du == null ? from.toString() : du, au == null ? to.toString() : au,
				new Period(from, to.plusDays(1)), errors);
	}

	private static LocalDate parse(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() < 1900 || day.getYear() > 2999) {
				errors.put(field, "agenda.reports.indicators.error.date");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException e) {
			errors.put(field, "agenda.reports.indicators.error.date");
			return null;
		}
	}

	@GetMapping("/agent/indicateurs/agenda")
	String page(@RequestParam(required = false) String du, @RequestParam(required = false) String au, Model model,
			Locale locale) {
		Query query = query(du, au);
		Report report = indicators.report(query.period(), clock.instant());
		model.addAttribute("query", query);
		model.addAttribute("report", report);
		model.addAttribute("fmt", new Formats(locale, messages));
		return "agenda/indicators/indicators";
	}

	/** Dates, quarters and lists in the reader's language, for the template and the CSV. */
	static final class Formats {

		private final Locale locale;

		private final MessageSource messages;

		Formats(Locale locale, MessageSource messages) {
			this.locale = locale;
			this.messages = messages;
		}

		/** « 2ᵉ trimestre 2026 ». */
		public String quarter(LocalDate start) {
			return messages.getMessage("agenda.reports.indicators.quarter",
					new Object[] { (start.getMonthValue() - 1) / 3 + 1, String.valueOf(start.getYear()) }, locale);
		}

		public String quarters(List<LocalDate> starts) {
			return starts.stream().map(this::quarter).collect(Collectors.joining(", "));
		}

		/** « 23 novembre 2026 ». */
		public String day(LocalDate day) {
			return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		}

		public String day(java.time.Instant instant) {
			return day(LocalDate.ofInstant(instant, AgendaIndicators.ZONE));
		}

		public String format(MeetingFormat format) {
			return messages.getMessage("agenda.reports.indicators.format." + format.name(), null, locale);
		}

		/** « Généraliste → Thématique → Thématique ». */
		public String formats(List<MeetingFormat> formats) {
			return formats.stream().map(this::format).collect(Collectors.joining(" → "));
		}

		public String sectors(List<Sector> sectors) {
			return sectors.stream()
				.map(s -> messages.getMessage(s.messageKey(), null, s.name(), locale))
				.collect(Collectors.joining(", "));
		}

		public String organisations(List<PresentOrganisation> organisations) {
			return organisations.stream().map(PresentOrganisation::name).collect(Collectors.joining(", "));
		}

	}

	@GetMapping("/agent/indicateurs/agenda.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String du, @RequestParam(required = false) String au,
			Locale locale) {
		Query query = query(du, au);
		Report report = indicators.report(query.period(), clock.instant());
		Formats fmt = new Formats(locale, messages);
		String overall = report.period().from() + " – " + report.period().to().minusDays(1);
		StringBuilder csv = CsvRows.start();
		CsvRows.append(csv, List.of(message("agenda.reports.indicators.csv.indicator", locale),
				message("agenda.reports.indicators.csv.code", locale), message("agenda.reports.indicators.csv.period", locale),
				message("agenda.reports.indicators.csv.detail", locale), message("agenda.reports.indicators.csv.value", locale)));
		report.grid()
			.forEach(t -> t.counts()
				.forEach((q, n) -> line(csv, "MEETINGS_PER_QUARTER", fmt.quarter(q), t.territory(), n, locale)));
		report.missedTerritories()
			.forEach(t -> line(csv, "MISSED_QUARTERS", overall, t.territory() + " : " + fmt.quarters(t.missed()),
					t.missed().size(), locale));
		report.alternation().forEach(a -> {
			line(csv, "SAME_FORMAT_PAIRS", overall, a.territory() + " : " + fmt.formats(a.formats()), a.samePairs(),
					locale);
			line(csv, "THEMATIC_SHARE", overall, a.territory(), a.thematicPercent(), locale);
		});
		for (Meeting m : report.meetings()) {
			String detail = m.startsAt().atZone(AgendaIndicators.ZONE).toLocalDate() + " " + m.title() + " ("
					+ m.territory() + ")";
			line(csv, "MEETING_PARTICIPANTS", overall, detail, m.participants(), locale);
			line(csv, "MEETING_ORGANISATIONS", overall, detail + " : " + fmt.organisations(m.organisations()),
					m.organisations().size(), locale);
			line(csv, "MEETING_SECTORS", overall, detail + " : " + fmt.sectors(m.sectors()), m.sectors().size(),
					locale);
			line(csv, "MEETING_REPORTED", overall, detail, m.reported() ? 1 : 0, locale);
		}
		line(csv, "MEETINGS_WITHOUT_REPORT", overall, "", report.withoutReport().size(), locale);
		line(csv, "TRAININGS_OFFERED", overall, "", report.trainings().offered(), locale);
		line(csv, "TRAININGS_MUTUALISED", overall, "", report.trainings().mutualised(), locale);
		line(csv, "TRAININGS_NEW", overall, "", report.trainings().newTrainings(), locale);
		line(csv, "TRAINING_SESSIONS", overall, "", report.trainings().sessions(), locale);
		line(csv, "TRAINING_PARTICIPANTS", overall, "", report.trainings().participants(), locale);
		line(csv, "TRAINING_DISTINCT_PARTICIPANTS", overall, "", report.trainings().distinctParticipants(), locale);
		line(csv, "AWARENESS_SESSIONS", overall, "", report.awareness().sessions(), locale);
		line(csv, "AWARENESS_PARTNERS", overall, "", report.awareness().partners(), locale);
		line(csv, "AWARENESS_REACHED", overall, "", report.awareness().reached(), locale);
		report.permanences()
			.forEach(c -> line(csv, "PERMANENCES", overall,
					c.territory() == null ? message("agenda.reports.indicators.noTerritory", locale) : c.territory(), c.count(),
					locale));
		line(csv, "WORKSHOP_SESSIONS", overall, "", report.workshops().sessions(), locale);
		line(csv, "WORKSHOP_REGISTRATIONS", overall, "", report.workshops().registrations(), locale);
		String name = "indicateurs-agenda-" + report.period().from() + "-" + report.period().to().minusDays(1)
				+ ".csv";
		return CsvRows.download(name, csv);
	}

	private void line(StringBuilder csv, String code, String period, String detail, long value, Locale locale) {
		List<String> cells = new ArrayList<>();
		cells.add(message("agenda.reports.indicators." + code + ".label", locale));
		cells.add(code);
		cells.add(period);
		cells.add(detail);
		cells.add(String.valueOf(value));
		CsvRows.append(csv, cells);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}


}
