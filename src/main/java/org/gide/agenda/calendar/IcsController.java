package org.gide.agenda.calendar;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import org.gide.web.RichText;

/**
 * The agenda's iCalendar files (docs/agenda.md § 5): {@code /agenda.ics} with the filters of {@code /agenda}
 * (events not ended 30 days ago and later, at most 500) and {@code /agenda/evenements/{id}.ics} (a published or
 * cancelled event; 404 otherwise). Written by {@link IcsWriter}; no registration data.
 */
@RestController
class IcsController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final AgendaCalendar calendar;

	private final CalendarViews views;

	private final ObjectProvider<Clock> clock;

	private final String publicUrl;

	private final String host;

	IcsController(AgendaCalendar calendar, CalendarViews views, ObjectProvider<Clock> clock,
			@Value("${gide.public-url}") String publicUrl) {
		this.calendar = calendar;
		this.views = views;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		String parsedHost = URI.create(this.publicUrl).getHost();
		this.host = parsedHost == null ? "localhost" : parsedHost;
	}

	@GetMapping("/agenda.ics")
	ResponseEntity<String> feed(HttpServletRequest request, Locale locale) {
		AgendaQuery query = AgendaQuery.from(request.getParameterMap());
		Instant now = clock.getIfAvailable(Clock::systemUTC).instant();
		List<CalendarEvent> events = calendar.find(query.withWindow(now.minus(Duration.ofDays(30)), null),
				AgendaCalendar.MAX, 0);
		String name = views.message("agenda.calendar.ics.name", locale);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("agenda.ics").build().toString())
			.body(IcsWriter.write(name, entries(events, locale)));
	}

	@GetMapping("/agenda/evenements/{id:\\d+}.ics")
	ResponseEntity<String> event(@PathVariable long id, Locale locale) {
		CalendarEvent event = calendar.findPublic(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("evenement-" + id + ".ics").build().toString())
			.body(IcsWriter.write(event.title(), entries(List.of(event), locale)));
	}

	private List<IcsWriter.Entry> entries(List<CalendarEvent> events, Locale locale) {
		CalendarViews.Names names = views.names();
		List<IcsWriter.Entry> entries = new ArrayList<>();
		for (CalendarEvent event : events) {
			entries.add(entry(event, names, locale));
		}
		return entries;
	}

	IcsWriter.Entry entry(CalendarEvent event, CalendarViews.Names names, Locale locale) {
		StringBuilder description = new StringBuilder();
		if (event.cancelled()) {
			description.append(views.message("agenda.calendar.cancelled", locale));
			if (event.cancelledReason() != null && !event.cancelledReason().isBlank()) {
				description.append(" : ").append(event.cancelledReason().strip());
			}
			description.append("\n\n");
		}
		if (event.summary() != null && !event.summary().isBlank()) {
			description.append(event.summary().strip()).append("\n\n");
		}
		String body = RichText.plainText(event.description());
		if (body != null && !body.isBlank()) {
			description.append(body.strip()).append("\n\n");
		}
		if (event.onlineUrl() != null) {
			description.append(views.message("agenda.calendar.online", locale)).append(" : ").append(event.onlineUrl());
		}
		String location = views.where(event, names, locale);
		if (event.onlineUrl() != null && (event.place() == null || event.place().isBlank())) {
			location = event.onlineUrl();
		}
		return new IcsWriter.Entry("agenda-" + event.id() + "@" + host, event.updatedAt(), event.startsAt(),
				event.endsAt(), event.title(), description.toString().strip(), location, publicUrl + event.path(),
				event.cancelled(), event.version());
	}

}
