package org.gide.agenda.registrations;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.web.CsvRows;
import org.gide.accounts.CurrentAccount;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventManagers;
import org.gide.agenda.events.EventState;
import org.gide.agenda.registrations.Registrations.Closed;
import org.gide.agenda.registrations.Registrations.ClosedException;
import org.gide.agenda.registrations.Registrations.Kind;
import org.gide.agenda.registrations.Registrations.Registration;
import org.gide.agenda.registrations.Registrations.Status;
import org.gide.directory.OrganisationMemberships;
import org.gide.directory.OrganisationNames;

/**
 * Registration pages (public: register, confirm, see and cancel by the manage link) and the organisers' pages
 * (participants, CSV, attendance, promotion by hand; 404 for whoever does not manage the event).
 */
@Controller
class EventRegistrationController {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final Registrations registrations;

	private final AgendaEvents events;

	private final EventManagers managers;

	private final CurrentAccount currentAccount;

	private final OrganisationMemberships memberships;

	private final OrganisationNames organisationNames;

	private final EventRegistrationRateLimit limit;

	private final MessageSource messages;

	EventRegistrationController(Registrations registrations, AgendaEvents events, EventManagers managers,
			CurrentAccount currentAccount, OrganisationMemberships memberships, OrganisationNames organisationNames,
			EventRegistrationRateLimit limit, MessageSource messages) {
		this.registrations = registrations;
		this.events = events;
		this.managers = managers;
		this.currentAccount = currentAccount;
		this.memberships = memberships;
		this.organisationNames = organisationNames;
		this.limit = limit;
		this.messages = messages;
	}

	@GetMapping("/agenda/evenements/{id:\\d+}/inscription")
	String form(@PathVariable long id, Model model) {
		AgendaEvent event = visible(id);
		model.addAttribute("form", new RegistrationForm());
		return formPage(event, model);
	}

	@PostMapping("/agenda/evenements/{id:\\d+}/inscription")
	String register(@PathVariable long id, @ModelAttribute("form") RegistrationForm form, BindingResult errors,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		AgendaEvent event = visible(id);
		if (registrations.closed(event).isPresent()) {
			return formPage(event, model);
		}
		Optional<CurrentAccount.SignedIn> account = currentAccount.get();
		String name = account.map(CurrentAccount.SignedIn::displayName).orElse(form.getName().strip());
		String email = account.map(CurrentAccount.SignedIn::email).orElse(form.getEmail().strip());
		if (account.isEmpty()) {
			if (name.isEmpty()) {
				errors.rejectValue("name", "agenda.registrations.error.name.required");
			}
			else if (name.length() > 200) {
				errors.rejectValue("name", "agenda.registrations.error.name.long");
			}
			if (email.isEmpty()) {
				errors.rejectValue("email", "agenda.registrations.error.email.required");
			}
			else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
				errors.rejectValue("email", "agenda.registrations.error.email.invalid");
			}
		}
		Kind kind = null;
		if (!form.getKind().isBlank()) {
			try {
				kind = Kind.valueOf(form.getKind().strip());
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("kind", "agenda.registrations.error.kind");
			}
		}
		else if (event.getKind() == EventKind.AWARENESS) {
			errors.rejectValue("kind", "agenda.registrations.error.kind");
		}
		Long organisationId = organisation(form, account, errors);
		if (errors.hasErrors()) {
			return formPage(event, model);
		}
		if (!limit.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("limited", limit.perHour());
			return formPage(event, model);
		}
		Registrations.Outcome outcome;
		try {
			outcome = registrations.register(id, new Registrations.Request(account.map(CurrentAccount.SignedIn::id)
				.orElse(null), name, email, organisationId, kind, LocaleContextHolder.getLocale()));
		}
		catch (ClosedException ex) {
			return formPage(event, model);
		}
		if (outcome.manageToken() != null) {
			redirect.addFlashAttribute("registered", outcome.already() ? "ALREADY" : outcome.status().name());
			return "redirect:/agenda/inscriptions/" + outcome.manageToken();
		}
		redirect.addFlashAttribute("requested", email);
		return "redirect:/agenda/evenements/" + id + "/inscription";
	}

	@GetMapping("/agenda/inscriptions/confirmation")
	String confirm(@RequestParam(name = "jeton", required = false) String token, Model model) {
		model.addAttribute("outcome", registrations.confirm(token).name());
		return "agenda/registrations/confirmation";
	}

	@GetMapping("/agenda/inscriptions/{token}")
	String manage(@PathVariable String token, Model model) {
		Registration registration = registrations.byManageToken(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		AgendaEvent event = events.find(registration.eventId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("registration", registration);
		model.addAttribute("event", event);
		model.addAttribute("when", Registrations.when(event, LocaleContextHolder.getLocale()));
		model.addAttribute("token", token);
		model.addAttribute("cancellable", registration.status() != Status.CANCELLED
				&& event.getState() != EventState.CANCELLED && event.getEndsAt().isAfter(java.time.Instant.now()));
		return "agenda/registrations/manage";
	}

	@PostMapping("/agenda/inscriptions/{token}")
	String cancel(@PathVariable String token, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (registrations.byManageToken(token).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute(registrations.cancel(token, version) ? "cancelled" : "stale", true);
		return "redirect:/agenda/inscriptions/" + token;
	}

	@GetMapping("/agenda/evenements/{id:\\d+}/participants")
	String participants(@PathVariable long id, Model model) {
		AgendaEvent event = managed(id);
		Locale locale = LocaleContextHolder.getLocale();
		List<Participant> rows = participantsOf(event);
		model.addAttribute("event", event);
		model.addAttribute("when", Registrations.when(event, locale));
		model.addAttribute("counts", registrations.counts(id));
		model.addAttribute("seated", rows.stream()
			.filter(p -> p.registration().status() == Status.CONFIRMED
					|| p.registration().status() == Status.UNCONFIRMED)
			.toList());
		model.addAttribute("waiting",
				rows.stream().filter(p -> p.registration().status() == Status.WAITING).toList());
		model.addAttribute("cancelledRows",
				rows.stream().filter(p -> p.registration().status() == Status.CANCELLED).toList());
		model.addAttribute("started", !event.getStartsAt().isAfter(java.time.Instant.now()));
		model.addAttribute("present", rows.stream().filter(p -> Boolean.TRUE.equals(p.registration().attended()))
			.count());
		return "agenda/registrations/participants";
	}

	@GetMapping("/agenda/evenements/{id:\\d+}/participants.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		AgendaEvent event = managed(id);
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder csv = CsvRows.start();
		CsvRows.append(csv, List.of("name", "email", "organisation", "kind", "status", "registered", "attended").stream()
			.map(k -> message("agenda.registrations.csv." + k, locale))
			.toList());
		for (Participant p : participantsOf(event)) {
			Registration r = p.registration();
			List<String> cells = new ArrayList<>();
			cells.add(r.name());
			cells.add(r.email());
			cells.add(p.organisation());
			cells.add(r.kind() == null ? "" : message("agenda.registrations.kind." + r.kind(), locale));
			cells.add(message("agenda.registrations.status." + r.status(), locale));
			cells.add(p.registeredAt());
			cells.add(r.attended() == null ? "" : message("agenda.registrations.attended." + r.attended(), locale));
			CsvRows.append(csv, cells);
		}
		return CsvRows.download("participants-" + event.getId() + ".csv", csv);
	}

	/** Attendance: {@code inscrit} = « id:version » of each confirmed participant shown, {@code present} = ids. */
	@PostMapping("/agenda/evenements/{id:\\d+}/presences")
	String attendance(@PathVariable long id, @RequestParam MultiValueMap<String, String> parameters,
			RedirectAttributes redirect) {
		AgendaEvent event = managed(id);
		List<String> listed = parameters.getOrDefault("inscrit", List.of());
		if (listed.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Map<Long, Long> versions = new LinkedHashMap<>();
		Set<Long> present = new HashSet<>();
		try {
			for (String value : listed) {
				String[] parts = value.split(":");
				versions.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
			}
			for (String value : parameters.getOrDefault("present", List.of())) {
				present.add(Long.parseLong(value));
			}
		}
		catch (RuntimeException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		String path = "redirect:/agenda/evenements/" + id + "/participants";
		if (event.getStartsAt().isAfter(java.time.Instant.now())) {
			redirect.addFlashAttribute("error", "agenda.registrations.attendance.early");
			return path;
		}
		try {
			registrations.markAttendance(id, versions, present);
			redirect.addFlashAttribute("notice", "agenda.registrations.attendance.saved");
		}
		catch (Registrations.StaleException ex) {
			redirect.addFlashAttribute("error", "agenda.registrations.stale");
		}
		return path;
	}

	@PostMapping("/agenda/evenements/{id:\\d+}/participants/{registrationId:\\d+}/promotion")
	String promote(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		AgendaEvent event = managed(id);
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		boolean done = registrations.promoteByHand(event, registrationId, version);
		redirect.addFlashAttribute(done ? "notice" : "error",
				done ? "agenda.registrations.promoted" : "agenda.registrations.stale");
		return "redirect:/agenda/evenements/" + id + "/participants";
	}

	private List<Participant> participantsOf(AgendaEvent event) {
		List<Participant> rows = new ArrayList<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (Registration r : registrations.list(event.getId())) {
			String organisation = r.organisationId() == null ? ""
					: names.computeIfAbsent(r.organisationId(), o -> organisationNames.name(o).orElse(""));
			rows.add(new Participant(r, organisation,
					STAMP.format(r.createdAt().atZone(Registrations.PARIS))));
		}
		return rows;
	}

	/** « Au titre de »: one of the account's organisations, or a typed name resolved in the directory. */
	private Long organisation(RegistrationForm form, Optional<CurrentAccount.SignedIn> account,
			BindingResult errors) {
		if (!form.getOrganisationId().isBlank() && account.isPresent()) {
			try {
				long chosen = Long.parseLong(form.getOrganisationId().strip());
				if (memberships.administers(account.get().id(), chosen)) {
					return chosen;
				}
			}
			catch (NumberFormatException ex) {
				// falls through to the error
			}
			errors.rejectValue("organisationId", "agenda.registrations.error.organisation.unknown");
			return null;
		}
		String typed = form.getOrganisation().strip();
		if (typed.isEmpty()) {
			return null;
		}
		List<OrganisationNames.Match> matches = organisationNames.find(typed, 5);
		Optional<OrganisationNames.Match> exact = matches.stream()
			.filter(m -> m.name().equalsIgnoreCase(typed) || typed.equals(m.siret()))
			.findFirst();
		if (exact.isPresent()) {
			return exact.get().id();
		}
		if (matches.size() == 1) {
			return matches.get(0).id();
		}
		errors.rejectValue("organisation", matches.isEmpty() ? "agenda.registrations.error.organisation.unknown"
				: "agenda.registrations.error.organisation.ambiguous");
		return null;
	}

	private String formPage(AgendaEvent event, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("event", event);
		model.addAttribute("when", Registrations.when(event, locale));
		model.addAttribute("counts", registrations.counts(event.getId()));
		model.addAttribute("closed", registrations.closed(event).map(Closed::name).orElse(null));
		model.addAttribute("askKind", event.getKind() == EventKind.AWARENESS);
		model.addAttribute("kinds", Kind.values());
		Optional<CurrentAccount.SignedIn> account = currentAccount.get();
		model.addAttribute("account", account.orElse(null));
		model.addAttribute("administered",
				account.map(a -> memberships.administeredBy(a.id())).orElse(List.of()));
		return "agenda/registrations/form";
	}

	/** A published or cancelled event (drafts: 404, the design's rule for their pages). */
	private AgendaEvent visible(long id) {
		return events.find(id)
			.filter(e -> e.getState() != EventState.DRAFT || managers.mayManage(e))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The event if the current person manages it, else 404 (no enumeration). */
	private AgendaEvent managed(long id) {
		return events.find(id)
			.filter(managers::mayManage)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}


}
