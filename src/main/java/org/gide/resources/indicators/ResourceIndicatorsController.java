package org.gide.resources.indicators;

import java.text.NumberFormat;
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

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gide.web.CsvRows;
import org.gide.resources.ResourceType;
import org.gide.resources.indicators.ResourceIndicators.Period;
import org.gide.resources.indicators.ResourceIndicators.Report;
import org.gide.resources.indicators.ResourceIndicators.Step;
import org.gide.resources.workflow.EditorialAction;

/**
 * The resource centre's indicators for the Mission ESS and the editorial committee: a page with a period form
 * ({@code du}, {@code au} included, {@code pas}) and the same figures as CSV (UTF-8 with BOM, semicolons).
 */
@Controller
class ResourceIndicatorsController {

	/** The longest period asked at once. */
	static final int MAX_YEARS = 20;

	/** The period asked for, as typed, with a message key per refused field (defaults are used then). */
	record Query(String du, String au, String pas, Period period, Map<String, String> errors) {

		/** {@code ?du=…&au=…&pas=…} of the period computed, for the CSV link. */
		public String queryString() {
			return "du=" + period.from() + "&au=" + period.to().minusDays(1) + "&pas=" + period.step().field();
		}

	}

	/** A line of the summary table: the indicator's code (label and "how" keys) and its value. */
	record SummaryRow(String code, long value) {
	}

	static List<SummaryRow> summary(Report report) {
		return List.of(new SummaryRow("PUBLISHED", report.published()),
				new SummaryRow("ORGANISATIONS_PRODUCING", report.organisations()),
				new SummaryRow("VIEWS", report.views()),
				new SummaryRow("RESEARCH_ARTICLE_VIEWS", report.researchArticleViews()),
				new SummaryRow("DELIVERABLES_PUBLISHED", report.deliverables()),
				new SummaryRow("IMPACT_STUDIES", report.impactStudies()),
				new SummaryRow("IMPACT_STUDY_EXPERIMENTS", report.impactStudyExperiments()),
				new SummaryRow("COMMITTEE_DECISIONS", report.decisions()),
				new SummaryRow("MEETINGS", report.meetings()));
	}

	private final ResourceIndicators indicators;

	private final MessageSource messages;

	private final Clock clock;

	ResourceIndicatorsController(ResourceIndicators indicators, MessageSource messages, ObjectProvider<Clock> clock) {
		this.indicators = indicators;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Reads the parameters; by default from the 1st of January of this year to today, by month. */
	Query query(String du, String au, String pas) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ResourceIndicators.ZONE);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate from = parse(du, "du", errors);
		LocalDate to = parse(au, "au", errors);
		Step step = Step.MONTH;
		if (pas != null && !pas.isBlank()) {
			step = Step.of(pas.strip()).orElse(null);
			if (step == null) {
				errors.put("pas", "resources.indicators.error.step");
				step = Step.MONTH;
			}
		}
		if (from == null) {
			from = today.withDayOfYear(1);
		}
		if (to == null) {
			to = today;
		}
		if (to.isBefore(from)) {
			errors.put("au", "resources.indicators.error.order");
			from = today.withDayOfYear(1);
			to = today;
		}
		else if (from.plusYears(MAX_YEARS).isBefore(to)) {
			errors.put("au", "resources.indicators.error.long");
			from = today.withDayOfYear(1);
			to = today;
		}
		return new Query(du == null ? from.toString() : du, au == null ? to.toString() : au,
				step.field(), new Period(from, to.plusDays(1), step), errors);
	}

	private static LocalDate parse(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.strip());
			if (day.getYear() < 1900 || day.getYear() > 2999) {
				errors.put(field, "resources.indicators.error.date");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException e) {
			errors.put(field, "resources.indicators.error.date");
			return null;
		}
	}

	@GetMapping("/agent/indicateurs/ressources")
	String page(@RequestParam(required = false) String du, @RequestParam(required = false) String au,
			@RequestParam(required = false) String pas, Model model, Locale locale) {
		Query query = query(du, au, pas);
		Report report = indicators.report(query.period());
		model.addAttribute("query", query);
		model.addAttribute("report", report);
		model.addAttribute("summary", summary(report));
		model.addAttribute("steps", Step.values());
		model.addAttribute("types", ResourceType.values());
		model.addAttribute("decisions", ResourceIndicators.DECISIONS);
		model.addAttribute("fmt", new Formats(locale, query.period().step(), messages));
		return "resources/measures/indicators";
	}

	/** Numbers and periods in the reader's language, for the template. */
	static final class Formats {

		private final Locale locale;

		private final Step step;

		private final MessageSource messages;

		Formats(Locale locale, Step step, MessageSource messages) {
			this.locale = locale;
			this.step = step;
			this.messages = messages;
		}

		/** The sum of a row of counts, formatted. */
		public String total(Map<?, Long> counts) {
			return number(counts.values().stream().mapToLong(Long::longValue).sum());
		}

		/** 1234 → « 1 234 » in French. */
		public String number(long value) {
			return NumberFormat.getIntegerInstance(locale).format(value);
		}

		/** The step starting on {@code start}: « janvier 2026 », « 1er trimestre 2026 », « 2026 ». */
		public String period(LocalDate start) {
			return switch (step) {
				case MONTH -> {
					String month = start.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
					yield month.substring(0, 1).toUpperCase(locale) + month.substring(1);
				}
				case QUARTER -> messages.getMessage("resources.indicators.quarter",
						new Object[] { (start.getMonthValue() - 1) / 3 + 1, String.valueOf(start.getYear()) },
						locale);
				case YEAR -> String.valueOf(start.getYear());
			};
		}

		/** A day in the reader's language: « 23 nov. 2026 ». */
		public String day(LocalDate day) {
			return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		}

	}

	@GetMapping("/agent/indicateurs/ressources.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String du, @RequestParam(required = false) String au,
			@RequestParam(required = false) String pas, Locale locale) {
		Query query = query(du, au, pas);
		Report report = indicators.report(query.period());
		String overall = report.period().from() + " – " + report.period().to().minusDays(1);
		StringBuilder csv = CsvRows.start();
		CsvRows.append(csv, List.of(message("resources.indicators.csv.indicator", locale),
				message("resources.indicators.csv.code", locale), message("resources.indicators.csv.period", locale),
				message("resources.indicators.csv.detail", locale), message("resources.indicators.csv.value", locale)));
		// Totals of the whole period first, then each step.
		total(csv, "PUBLISHED", overall, "", report.published(), locale);
		report.publishedByType()
			.forEach((type, n) -> total(csv, "ITEMS_PUBLISHED", overall, message(type.labelKey(), locale), n, locale));
		report.publishedByStep()
			.forEach((start, byType) -> byType.forEach((type, n) -> total(csv, "ITEMS_PUBLISHED", start.toString(),
					message(type.labelKey(), locale), n, locale)));
		total(csv, "ORGANISATIONS_PRODUCING", overall, "", report.organisations(), locale);
		report.organisationsByStep()
			.forEach((start, n) -> total(csv, "ORGANISATIONS_PRODUCING", start.toString(), "", n, locale));
		total(csv, "VIEWS", overall, "", report.views(), locale);
		total(csv, "RESEARCH_ARTICLE_VIEWS", overall, "", report.researchArticleViews(), locale);
		report.articleViews()
			.forEach(a -> total(csv, "VIEWS_PER_ARTICLE", overall,
					a.title() + " (" + message("resources.indicators.kind." + a.kind().name(), locale) + ")", a.views(),
					locale));
		total(csv, "DELIVERABLES_PUBLISHED", overall, "", report.deliverables(), locale);
		total(csv, "IMPACT_STUDIES", overall, "", report.impactStudies(), locale);
		total(csv, "IMPACT_STUDY_EXPERIMENTS", overall, "", report.impactStudyExperiments(), locale);
		total(csv, "COMMITTEE_DECISIONS", overall, "", report.decisions(), locale);
		report.decisionsByAction()
			.forEach((action, n) -> total(csv, "COMMITTEE_DECISIONS", overall, message(action.labelKey(), locale), n,
					locale));
		report.decisionsByStep()
			.forEach((start, byAction) -> byAction.forEach((action, n) -> total(csv, "COMMITTEE_DECISIONS",
					start.toString(), message(action.labelKey(), locale), n, locale)));
		total(csv, "MEETINGS", overall, "", report.meetings(), locale);
		String name = "indicateurs-ressources-" + report.period().from() + "-" + report.period().to().minusDays(1)
				+ ".csv";
		return CsvRows.download(name, csv);
	}

	private void total(StringBuilder csv, String code, String period, String detail, long value, Locale locale) {
		List<String> cells = new ArrayList<>();
		cells.add(message("resources.indicators." + code + ".label", locale));
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
