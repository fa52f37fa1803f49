package org.gide.agenda.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import org.gide.agenda.EventKind;

/**
 * The public agenda (docs/agenda.md § 5, part C): the list of upcoming events by day {@code /agenda} and per kind
 * {@code /agenda/{kind}}, filtered by a GET form (htmx only swaps the results), and the month grid
 * {@code /agenda/mois/{yyyy-mm}} followed by the month's list. PUBLISHED and CANCELLED events only.
 */
@Controller
class CalendarController {

	static final int PAGE_SIZE = 50;

	private final AgendaCalendar calendar;

	private final CalendarViews views;

	private final ObjectProvider<Clock> clock;

	CalendarController(AgendaCalendar calendar, CalendarViews views, ObjectProvider<Clock> clock) {
		this.calendar = calendar;
		this.views = views;
		this.clock = clock;
	}

	/** These pages post nothing: no session, no cookie for anonymous readers (as the resource centre). */
	@ModelAttribute("cookieless")
	boolean cookieless() {
		return true;
	}

	private Instant now() {
		return clock.getIfAvailable(Clock::systemUTC).instant();
	}

	/** The filters of a page, and where its form and links lead. */
	record Filters(String action, boolean showKind, boolean showMonth, List<CalendarViews.Option> kinds,
			List<CalendarViews.Option> themes, List<CalendarViews.Option> territories,
			List<CalendarViews.Option> audiences, List<CalendarViews.Option> months, String organiserId,
			String organiserName, String clearUrl) {
	}

	/** The list page. */
	record ListPage(String heading, EventKind kind, AgendaQuery query, Filters filters, List<CalendarViews.Day> days,
			int total, int page, int pages, String previousUrl, String nextUrl, String icsUrl, String monthUrl,
			String canonicalUrl) {
	}

	/** One cell of the month grid: a day of the month (null date outside it) and its events. */
	record Cell(LocalDate date, String label, List<CalendarViews.Item> items) {
	}

	/** A column heading of the grid. */
	record Weekday(String abbreviation, String name) {
	}

	/** The month page. */
	record MonthPage(YearMonth month, String caption, List<Weekday> weekdays, List<List<Cell>> weeks,
			List<CalendarViews.Day> days, Filters filters, String previousUrl, String previousLabel, String nextUrl,
			String nextLabel, String listUrl, String icsUrl) {
	}

	@GetMapping("/agenda")
	String list(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		return list(null, request, response, model, locale);
	}

	@GetMapping("/agenda/{kind:[a-z0-9-]+}")
	String kind(@PathVariable String kind, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		EventKind eventKind = EventKind.ofSlug(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return list(eventKind, request, response, model, locale);
	}

	private String list(EventKind kind, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		AgendaQuery query = AgendaQuery.from(request.getParameterMap());
		if (kind != null) {
			query = query.withKind(kind);
		}
		Instant now = now();
		// Without a month: what has not ended yet; with a month: the whole month.
		AgendaQuery windowed = query.month() == null ? query.withWindow(now, null) : query;
		int total = calendar.count(windowed);
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(pages, Math.max(1, parsePage(request.getParameter("page"))));
		List<CalendarEvent> events = calendar.find(windowed, PAGE_SIZE, (page - 1) * PAGE_SIZE);
		String base = kind == null ? "/agenda" : "/agenda/" + kind.slug();
		String filter = kind == null ? query.toQueryString() : query.toQueryStringWithoutKind();
		String listUrl = base + (filter.isEmpty() ? "" : "?" + filter);
		String separator = filter.isEmpty() ? "?" : "?" + filter + "&";
		YearMonth current = YearMonth.from(now.atZone(AgendaQuery.PARIS));
		YearMonth month = query.month() == null ? current : query.month();
		String monthFilter = query.withMonth(null).toQueryString();
		String heading = kind == null ? views.message("agenda.calendar.title", locale)
				: views.message("agenda.calendar.title.kind", locale, views.message(kind.labelKey(), locale));
		Filters filters = filters(query, base, kind == null, true, current, locale);
		ListPage listPage = new ListPage(heading, kind, query, filters, views.days(events, locale), total, page, pages,
				page > 1 ? base + separator + "page=" + (page - 1) : null, page < pages ? base + separator + "page=" + (page + 1) : null,
				"/agenda.ics" + (query.toQueryString().isEmpty() ? "" : "?" + query.toQueryString()),
				"/agenda/mois/" + month + (monthFilter.isEmpty() ? "" : "?" + monthFilter), listUrl);
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Push-Url", listUrl);
			response.setHeader(HttpHeaders.VARY, "HX-Request");
		}
		model.addAttribute("page", listPage);
		return "agenda/calendar/list";
	}

	private Filters filters(AgendaQuery query, String action, boolean showKind, boolean showMonth, YearMonth current,
			Locale locale) {
		String organiserName = views.organiserName(query);
		return new Filters(action, showKind, showMonth, views.kinds(query, locale), views.themes(query, locale),
				views.territories(query), views.audiences(query, locale),
				views.months(query, current, current.plusMonths(11), locale),
				query.organiserId() == null ? null : query.organiserId().toString(), organiserName, action);
	}

	private static int parsePage(String value) {
		if (value == null || !value.matches("\\d{1,6}")) {
			return 1;
		}
		return Integer.parseInt(value);
	}

	@GetMapping("/agenda/mois/{month:\\d{4}-\\d{2}}")
	String month(@PathVariable String month, HttpServletRequest request, Model model, Locale locale) {
		YearMonth yearMonth;
		try {
			yearMonth = YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (yearMonth.getYear() < 2000 || yearMonth.getYear() > 2100) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		AgendaQuery query = AgendaQuery.from(request.getParameterMap()).withMonth(yearMonth);
		List<CalendarEvent> events = calendar.find(query, AgendaCalendar.MAX, 0);
		CalendarViews.Names names = views.names();
		Map<LocalDate, List<CalendarViews.Item>> byDay = new LinkedHashMap<>();
		for (CalendarEvent event : events) {
			CalendarViews.Item item = views.item(event, names, locale);
			for (LocalDate day = event.startDay(); !day.isAfter(event.endDay()); day = day.plusDays(1)) {
				if (YearMonth.from(day).equals(yearMonth)) {
					byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(item);
				}
			}
		}
		List<List<Cell>> weeks = new ArrayList<>();
		LocalDate first = yearMonth.atDay(1);
		LocalDate cursor = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = yearMonth.atEndOfMonth();
		while (!cursor.isAfter(last)) {
			List<Cell> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				LocalDate day = cursor.plusDays(i);
				week.add(YearMonth.from(day).equals(yearMonth)
						? new Cell(day, CalendarViews.dayLabel(day, locale), byDay.getOrDefault(day, List.of()))
						: new Cell(null, null, List.of()));
			}
			weeks.add(week);
			cursor = cursor.plusWeeks(1);
		}
		List<Weekday> weekdays = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			weekdays.add(new Weekday(day.getDisplayName(TextStyle.SHORT, locale), day.getDisplayName(TextStyle.FULL, locale)));
		}
		String filter = query.withMonth(null).toQueryString();
		String suffix = filter.isEmpty() ? "" : "?" + filter;
		YearMonth current = YearMonth.from(now().atZone(AgendaQuery.PARIS));
		Filters filters = filters(query, "/agenda/mois/" + yearMonth, true, false, current, locale);
		model.addAttribute("page", new MonthPage(yearMonth,
				views.message("agenda.calendar.month.caption", locale, CalendarViews.monthLabel(yearMonth, locale)),
				weekdays, weeks, views.days(events, locale), filters,
				"/agenda/mois/" + yearMonth.minusMonths(1) + suffix, CalendarViews.monthLabel(yearMonth.minusMonths(1), locale),
				"/agenda/mois/" + yearMonth.plusMonths(1) + suffix, CalendarViews.monthLabel(yearMonth.plusMonths(1), locale),
				"/agenda" + (query.toQueryString().isEmpty() ? "" : "?" + query.toQueryString()),
				"/agenda.ics" + (query.toQueryString().isEmpty() ? "" : "?" + query.toQueryString())));
		return "agenda/calendar/month";
	}

}
