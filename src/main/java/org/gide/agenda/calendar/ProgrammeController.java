package org.gide.agenda.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.gide.agenda.EventKind;

/**
 * The annual training programme (docs/agenda.md § 5, plan action 1.2): every TRAINING session of every provider
 * in a calendar year ({@code ?annee=}, default the current one), grouped by month then theme, filterable by theme,
 * territory, audience and month; a print stylesheet, and the same content as PDF ({@code /programme-formation.pdf},
 * openhtmltopdf).
 */
@Controller
class ProgrammeController {

	/** The trainings of one theme in a month. */
	record ThemeGroup(String label, List<CalendarViews.Item> items) {
	}

	/** One month of the programme. */
	record MonthGroup(YearMonth month, String label, List<ThemeGroup> themes) {
	}

	/** The programme page. */
	record Programme(int year, String heading, CalendarController.Filters filters, List<MonthGroup> months, int total,
			String previousYearUrl, String nextYearUrl, String pdfUrl, String canonicalUrl, List<Integer> otherYears) {
	}

	private final AgendaCalendar calendar;

	private final CalendarViews views;

	private final ObjectProvider<Clock> clock;

	private final ITemplateEngine templates;

	private final String publicUrl;

	ProgrammeController(AgendaCalendar calendar, CalendarViews views, ObjectProvider<Clock> clock,
			ITemplateEngine templates, @Value("${gide.public-url}") String publicUrl) {
		this.calendar = calendar;
		this.views = views;
		this.clock = clock;
		this.templates = templates;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@ModelAttribute("cookieless")
	boolean cookieless() {
		return true;
	}

	@GetMapping("/programme-formation")
	String page(HttpServletRequest request, Model model, Locale locale) {
		model.addAttribute("programme", programme(request, locale));
		model.addAttribute("linkBase", "");
		return "agenda/calendar/programme";
	}

	@GetMapping("/programme-formation.pdf")
	ResponseEntity<byte[]> pdf(HttpServletRequest request, Locale locale) throws IOException {
		Programme programme = programme(request, locale);
		Context context = new Context(locale);
		context.setVariable("programme", programme);
		context.setVariable("linkBase", publicUrl);
		String html = templates.process("agenda/calendar/programme-pdf", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.withHtmlContent(html, publicUrl + "/");
		builder.toStream(out);
		builder.run();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("programme-formation-" + programme.year() + ".pdf")
				.build()
				.toString())
			.body(out.toByteArray());
	}

	Programme programme(HttpServletRequest request, Locale locale) {
		AgendaQuery parsed = AgendaQuery.from(request.getParameterMap());
		int year = Year.now(clock.getIfAvailable(Clock::systemUTC).withZone(AgendaQuery.PARIS)).getValue();
		String yearValue = request.getParameter("annee");
		if (yearValue != null && yearValue.matches("\\d{4}")) {
			int asked = Integer.parseInt(yearValue);
			if (asked >= 2000 && asked <= 2100) {
				year = asked;
			}
		}
		YearMonth month = parsed.month() != null && parsed.month().getYear() == year ? parsed.month() : null;
		// The programme's filters: theme, territory, audience, month (and a provider, from its links).
		AgendaQuery query = new AgendaQuery(EventKind.TRAINING, parsed.theme(), parsed.territoryId(), parsed.audience(),
				month, parsed.organiserId(), AgendaQuery.start(YearMonth.of(year, 1)), AgendaQuery.start(YearMonth.of(year + 1, 1)));
		List<CalendarEvent> events = calendar.find(query, AgendaCalendar.MAX, 0);
		CalendarViews.Names names = views.names();
		String otherThemes = views.message("agenda.calendar.programme.no-theme", locale);
		Map<YearMonth, Map<String, List<CalendarViews.Item>>> grouped = new LinkedHashMap<>();
		for (CalendarEvent event : events) {
			YearMonth eventMonth = YearMonth.from(event.startDay());
			String theme = event.themes().isEmpty() ? null : views.themeLabel(event.themes().get(0), locale);
			grouped.computeIfAbsent(eventMonth, m -> new TreeMap<>(Comparator.nullsLast(String::compareTo)))
				.computeIfAbsent(theme == null ? "\uffff" : theme, t -> new ArrayList<>())
				.add(views.item(event, names, locale));
		}
		List<MonthGroup> months = new ArrayList<>();
		grouped.forEach((m, themes) -> {
			List<ThemeGroup> groups = new ArrayList<>();
			themes.forEach((label, items) -> groups.add(new ThemeGroup("\uffff".equals(label) ? otherThemes : label, items)));
			months.add(new MonthGroup(m, CalendarViews.monthLabel(m, locale), groups));
		});
		AgendaQuery filterQuery = query.withKind(null).withWindow(null, null);
		String filter = filterQuery.toQueryString();
		String yearFilter = filterQuery.withMonth(null).toQueryString();
		CalendarController.Filters filters = new CalendarController.Filters("/programme-formation", false, true,
				List.of(), views.themes(filterQuery, locale), views.territories(filterQuery),
				views.audiences(filterQuery, locale),
				views.months(filterQuery, YearMonth.of(year, 1), YearMonth.of(year, 12), locale),
				query.organiserId() == null ? null : query.organiserId().toString(), views.organiserName(query),
				"/programme-formation?annee=" + year);
		String current = "annee=" + year + (filter.isEmpty() ? "" : "&" + filter);
		int yearShown = year;
		return new Programme(year, views.message("agenda.calendar.programme.title", locale, String.valueOf(year)),
				filters, months, events.size(),
				"/programme-formation?annee=" + (year - 1) + (yearFilter.isEmpty() ? "" : "&" + yearFilter),
				"/programme-formation?annee=" + (year + 1) + (yearFilter.isEmpty() ? "" : "&" + yearFilter),
				"/programme-formation.pdf?" + current, "/programme-formation?" + current,
				events.isEmpty() ? calendar.trainingYears().stream().filter(y -> y != yearShown).toList() : List.of());
	}

}
