package org.gide.agenda.reports;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventManager;
import org.gide.agenda.events.EventManagers;
import org.gide.agenda.events.EventState;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;

/**
 * The report of a territorial meeting, filed by those who manage it once the meeting has started: participants
 * (prefilled with the attendance), organisations present picked from the directory (prefilled with those of the
 * participants marked present), summary and follow-up; the sectors represented are derived. Other kinds of event,
 * and people who do not manage the meeting, get a 404.
 */
@Controller
class MeetingReportController {

	static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	static final int MAX_TEXT = 20_000;

	static final int MAX_PARTICIPANTS = 100_000;

	private final AgendaEvents events;

	private final EventManagers managers;

	private final MeetingReports reports;

	private final Territories territories;

	private final Clock clock;

	MeetingReportController(AgendaEvents events, EventManagers managers, MeetingReports reports,
			Territories territories, ObjectProvider<Clock> clock) {
		this.events = events;
		this.managers = managers;
		this.reports = reports;
		this.territories = territories;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The meeting, if the current person manages it; 404 otherwise (and for any other kind of event). */
	private AgendaEvent meeting(long id) {
		EventManager manager = managers.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
		return events.find(id)
			.filter(e -> e.getKind() == EventKind.TERRITORIAL_MEETING)
			.filter(e -> EventManagers.mayManage(manager, e))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Whether the report may be filed: the meeting has started and was not cancelled. */
	private boolean open(AgendaEvent event) {
		return event.getState() != EventState.CANCELLED && !event.getStartsAt().isAfter(clock.instant());
	}

	@GetMapping("/agenda/evenements/{id:\\d+}/compte-rendu")
	String show(@PathVariable long id, Model model, Locale locale) {
		AgendaEvent event = meeting(id);
		Optional<MeetingReport> report = reports.find(id);
		ReportForm form = new ReportForm();
		if (report.isPresent()) {
			form.setParticipants(String.valueOf(report.get().participants()));
			form.setListed(report.get().organisationIds());
			form.setSummary(report.get().summary());
			form.setFollowUp(report.get().followUp());
			form.setVersion(String.valueOf(report.get().version()));
		}
		else {
			form.setParticipants(String.valueOf(reports.presentCount(id)));
			form.setListed(reports.presentOrganisations(id));
			form.setVersion(String.valueOf(MeetingReports.NEW));
		}
		return page(model, event, report, form, locale);
	}

	@PostMapping("/agenda/evenements/{id:\\d+}/compte-rendu")
	String file(@PathVariable long id, @ModelAttribute("form") ReportForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect) {
		AgendaEvent event = meeting(id);
		EventManager manager = managers.current().orElseThrow();
		long version = version(form.getVersion());
		if (!open(event)) {
			return page(model, event, reports.find(id), form, locale);
		}
		Integer participants = null;
		String typed = form.getParticipants().strip();
		if (typed.isEmpty()) {
			errors.rejectValue("participants", "agenda.reports.error.participants.required");
		}
		else if (!typed.matches("\\d{1,6}") || Integer.parseInt(typed) > MAX_PARTICIPANTS) {
			errors.rejectValue("participants", "agenda.reports.error.participants.number");
		}
		else {
			participants = Integer.parseInt(typed);
		}
		MeetingReports.Resolution resolution = reports.resolve(form.getOrganisations());
		for (MeetingReports.Unresolved line : resolution.unresolved()) {
			if (line.ambiguous()) {
				errors.rejectValue("organisations", "agenda.reports.error.organisation.ambiguous",
						new Object[] { line.line(), String.join(" ; ", line.candidates()) }, null);
			}
			else {
				errors.rejectValue("organisations", "agenda.reports.error.organisation.unknown",
						new Object[] { line.line() }, null);
			}
		}
		LinkedHashSet<Long> organisations = new LinkedHashSet<>(form.getListed());
		organisations.removeAll(form.getRemove());
		organisations.addAll(resolution.ids());
		if (organisations.size() > MeetingReports.MAX_ORGANISATIONS) {
			errors.rejectValue("organisations", "agenda.reports.error.organisation.many",
					new Object[] { MeetingReports.MAX_ORGANISATIONS }, null);
		}
		if (form.getSummary().length() > MAX_TEXT) {
			errors.rejectValue("summary", "agenda.reports.error.long", new Object[] { MAX_TEXT }, null);
		}
		if (form.getFollowUp().length() > MAX_TEXT) {
			errors.rejectValue("followUp", "agenda.reports.error.long", new Object[] { MAX_TEXT }, null);
		}
		if (errors.hasErrors()) {
			return page(model, event, reports.find(id), form, locale);
		}
		try {
			reports.file(id, new MeetingReports.Submission(participants, new ArrayList<>(organisations),
					form.getSummary().strip(), form.getFollowUp().strip(), version), manager.accountId(),
					clock.instant());
		}
		catch (MeetingReports.StaleReport stale) {
			// Keep what was typed; the next save overwrites the version shown below.
			form.setVersion(String.valueOf(stale.current().version()));
			model.addAttribute("stale", true);
			return page(model, event, Optional.of(stale.current()), form, locale);
		}
		redirect.addFlashAttribute("flash", "agenda.reports.filed");
		return "redirect:/agenda/evenements/" + id + "/compte-rendu";
	}

	/** The hidden version: a number, {@link MeetingReports#NEW} for a first report; anything else is a bad request. */
	private static long version(String value) {
		if (value == null || !value.strip().matches("-1|\\d{1,18}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Missing or malformed version");
		}
		return Long.parseLong(value.strip());
	}

	/** The non-blank lines of a plain text, each shown as a paragraph. */
	static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private String page(Model model, AgendaEvent event, Optional<MeetingReport> report, ReportForm form,
			Locale locale) {
		DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale);
		model.addAttribute("event", event);
		model.addAttribute("startsAt", event.getStartsAt().atZone(ZONE).format(when));
		model.addAttribute("territory", territories.list()
			.stream()
			.filter(t -> t.id() == event.getTerritoryId())
			.map(TerritorySummary::nom)
			.findFirst()
			.orElse(""));
		model.addAttribute("open", open(event));
		model.addAttribute("cancelled", event.getState() == EventState.CANCELLED);
		model.addAttribute("form", form);
		List<PresentOrganisation> listed = reports.describe(form.getListed());
		model.addAttribute("listed", listed);
		model.addAttribute("report", report.orElse(null));
		if (report.isPresent()) {
			List<PresentOrganisation> present = reports.describe(report.get().organisationIds());
			model.addAttribute("reportOrganisations", present);
			model.addAttribute("reportSectors", MeetingReports.sectors(present));
			model.addAttribute("summaryLines", lines(report.get().summary()));
			model.addAttribute("followUpLines", lines(report.get().followUp()));
			model.addAttribute("filedAt", report.get().filedAt().atZone(ZONE).format(when));
		}
		return "agenda/reports/report";
	}

}
