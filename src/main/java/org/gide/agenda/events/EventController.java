package org.gide.agenda.events;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import org.gide.agenda.EventKind;
import org.gide.directory.OrganisationNames;
import org.gide.territory.Commune;
import org.gide.territory.Communes;

/**
 * The events' own pages (docs/agenda.md § 1, § 3, rows A): choosing a kind and proposing an event, editing,
 * publishing and cancelling it, one's events, and the public page of an event. Rights come from
 * {@link EventManagers}; an event the visitor may not manage (or see, for drafts) answers 404.
 */
@Controller
class EventController {

	private final EventManagers managers;

	private final EventEditing editing;

	private final EventFields fields;

	private final AgendaEvents events;

	private final OrganisationNames organisationNames;

	private final Communes communes;

	private final ObjectProvider<Clock> clock;

	private final EventSeats seats;

	EventController(EventManagers managers, EventEditing editing, EventFields fields, AgendaEvents events,
			OrganisationNames organisationNames, Communes communes, ObjectProvider<Clock> clock, EventSeats seats) {
		this.seats = seats;
		this.managers = managers;
		this.editing = editing;
		this.fields = fields;
		this.events = events;
		this.organisationNames = organisationNames;
		this.communes = communes;
		this.clock = clock;
	}

	private EventManager manager() {
		return managers.current().orElseThrow(EventNotFound::new);
	}

	private Instant now() {
		return clock.getIfAvailable(Clock::systemUTC).instant();
	}

	static String editPath(long id) {
		return "/agenda/evenements/" + id + "/modifier";
	}

	// — proposing

	@GetMapping("/agenda/proposer")
	String propose(@RequestParam(required = false) String type, Model model) {
		EventManager manager = manager();
		EventKind kind = creatable(manager, type);
		if (kind == null) {
			return choice(manager, model);
		}
		EventForm form = new EventForm();
		if (manager.resourceActors().size() == 1 && !manager.agent()) {
			form.setOrganisers(List.copyOf(manager.resourceActors()));
		}
		if (manager.agent() && kind == EventKind.AWARENESS) {
			form.setOrganisedByDepartment(true);
		}
		return form(model, manager, kind, form, null);
	}

	@PostMapping("/agenda/proposer")
	String create(@RequestParam(required = false) String type, @ModelAttribute("form") EventForm form,
			BindingResult errors, @RequestParam(required = false) String publish, Model model,
			RedirectAttributes redirect) {
		EventManager manager = manager();
		EventKind kind = creatable(manager, type);
		if (kind == null) {
			return choice(manager, model);
		}
		if (errors.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (!fields.validate(kind, form, manager, List.of(), errors)) {
			return form(model, manager, kind, form, null);
		}
		AgendaEvent event = editing.create(kind, form, manager, publish != null);
		redirect.addFlashAttribute("flash", publish != null ? "agenda.events.flash.published" : "agenda.events.flash.draft");
		return "redirect:" + event.path();
	}

	private static EventKind creatable(EventManager manager, String slug) {
		return slug == null ? null
				: EventKind.ofSlug(slug).filter(k -> EventManagers.mayCreate(manager, k)).orElse(null);
	}

	private String choice(EventManager manager, Model model) {
		model.addAttribute("kinds", List.of(EventKind.values())
			.stream()
			.filter(k -> EventManagers.mayCreate(manager, k))
			.toList());
		model.addAttribute("agent", manager.agent());
		return "agenda/events/choose";
	}

	// — editing, publishing, cancelling

	@GetMapping("/agenda/evenements/{id:\\d+}/modifier")
	String edit(@PathVariable long id, Model model) {
		EventManager manager = manager();
		AgendaEvent event = editing.manageable(id, manager);
		return form(model, manager, event.getKind(), fields.fill(event), event);
	}

	@PostMapping("/agenda/evenements/{id:\\d+}/modifier")
	String save(@PathVariable long id, @ModelAttribute("form") EventForm form, BindingResult errors,
			@RequestParam(required = false) String publish, Model model, RedirectAttributes redirect) {
		EventManager manager = manager();
		AgendaEvent event = editing.manageable(id, manager);
		if (errors.hasErrors() || form.getVersion() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (event.getKind() == EventKind.CALL_WORKSHOP) {
			return "redirect:" + editPath(id);
		}
		if (!fields.validate(event.getKind(), form, manager, event.getOrganiserIds(), errors)) {
			return form(model, manager, event.getKind(), form, event);
		}
		try {
			AgendaEvent saved = editing.update(id, form, manager, publish != null);
			redirect.addFlashAttribute("flash", publish != null ? "agenda.events.flash.published" : "agenda.events.flash.saved");
			return "redirect:" + saved.path();
		}
		catch (StaleEvent stale) {
			model.addAttribute("stale", true);
			form.setVersion(stale.currentVersion());
			return form(model, manager, event.getKind(), form, editing.manageable(id, manager));
		}
	}

	@PostMapping("/agenda/evenements/{id:\\d+}/publier")
	String publish(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
		EventManager manager = manager();
		editing.manageable(id, manager);
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			AgendaEvent event = editing.publish(id, version, manager);
			redirect.addFlashAttribute("flash", "agenda.events.flash.published");
			return "redirect:" + event.path();
		}
		catch (StaleEvent stale) {
			redirect.addFlashAttribute("flash", "agenda.events.flash.stale");
			return "redirect:" + editPath(id);
		}
	}

	@PostMapping("/agenda/evenements/{id:\\d+}/annuler")
	String cancel(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		EventManager manager = manager();
		AgendaEvent event = editing.manageable(id, manager);
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		String text = reason == null ? "" : reason.strip();
		if (text.isEmpty() || text.length() > 2000) {
			model.addAttribute("cancelError", text.isEmpty() ? "agenda.events.error.reason.required"
					: "agenda.events.error.reason.too-long");
			model.addAttribute("reason", text);
			return form(model, manager, event.getKind(), fields.fill(event), event);
		}
		try {
			AgendaEvent cancelled = editing.cancel(id, version, text, manager);
			redirect.addFlashAttribute("flash", "agenda.events.flash.cancelled");
			return "redirect:" + cancelled.path();
		}
		catch (StaleEvent stale) {
			model.addAttribute("stale", true);
			model.addAttribute("reason", text);
			return form(model, manager, event.getKind(), fields.fill(editing.manageable(id, manager)),
					editing.manageable(id, manager));
		}
	}

	private String form(Model model, EventManager manager, EventKind kind, EventForm form, AgendaEvent event) {
		model.addAttribute("form", form);
		model.addAttribute("event", event);
		fields.addChoices(model, kind, manager, form);
		model.addAttribute("action", event == null ? "/agenda/proposer?type=" + kind.slug() : editPath(event.getId()));
		return event != null && kind == EventKind.CALL_WORKSHOP ? "agenda/events/workshop" : "agenda/events/form";
	}

	// — one's events

	@GetMapping("/agenda/mes-evenements")
	String mine(@RequestParam(required = false) String type, Model model) {
		EventManager manager = manager();
		EventKind kind = manager.agent() && type != null ? EventKind.ofSlug(type).orElse(null) : null;
		Instant now = now();
		model.addAttribute("rows", editing.managedBy(manager, kind)
			.stream()
			.map(e -> new Row(e, e.getEndsAt().isBefore(now)))
			.toList());
		model.addAttribute("agent", manager.agent());
		model.addAttribute("kinds", List.of(EventKind.values()));
		model.addAttribute("kind", kind);
		model.addAttribute("mayPropose", List.of(EventKind.values()).stream().anyMatch(k -> EventManagers.mayCreate(manager, k)));
		return "agenda/events/mine";
	}

	/** A line of one's events. */
	record Row(AgendaEvent event, boolean past) {

		public String editPath() {
			return EventController.editPath(event.getId());
		}

	}

	// — the public page

	@GetMapping("/agenda/evenements/{id:\\d+}")
	RedirectView withoutSlug(@PathVariable long id) {
		return permanent(visible(id).path());
	}

	/**
	 * The public page of an event. It holds no form that posts, so the layout leaves out the CSRF token for anonymous
	 * visitors ({@code cookieless}): no session and no cookie, as the resource centre's reading pages.
	 */
	@GetMapping("/agenda/evenements/{id:\\d+}-{slug:[a-z0-9-]+}")
	Object page(@PathVariable long id, @PathVariable String slug, Model model, Locale locale) {
		AgendaEvent event = visible(id);
		if (!event.getSlug().equals(slug)) {
			return permanent(event.path());
		}
		model.addAttribute("cookieless", true);
		boolean manages = managers.mayManage(event);
		Instant now = now();
		Instant deadline = event.getRegistrationDeadline() != null ? event.getRegistrationDeadline() : event.getStartsAt();
		boolean registrable = event.getRegistration() == AgendaEvent.Registration.OPEN
				&& event.getState() == EventState.PUBLISHED && now.isBefore(deadline);
		model.addAttribute("event", event);
		model.addAttribute("manages", manages);
		model.addAttribute("registrable", registrable);
		OptionalInt left = event.getRegistration() == AgendaEvent.Registration.OPEN ? seats.left(event.getId())
				: OptionalInt.empty();
		model.addAttribute("seatsLeft", left.isPresent() ? left.getAsInt() : null);
		model.addAttribute("past", event.getStartsAt().isBefore(now));
		model.addAttribute("organisers", event.getOrganiserIds()
			.stream()
			.map(o -> new Organiser(o, organisationNames.name(o).orElse("#" + o)))
			.toList());
		model.addAttribute("territory", fields.territory(event.getTerritoryId()).map(t -> t.nom()).orElse(null));
		model.addAttribute("commune", Optional.ofNullable(event.getCommuneCode()).flatMap(communes::find)
			.map(Commune::nom)
			.orElse(null));
		DateTimeFormatter day = DateTimeFormatter.ofPattern(locale.getLanguage().equals("en")
				? "EEEE d MMMM yyyy 'at' HH:mm" : "EEEE d MMMM yyyy 'à' HH'h'mm", locale);
		model.addAttribute("startsAt", day.format(event.getStartsAt().atZone(EventFields.PARIS)));
		model.addAttribute("endsAt", day.format(event.getEndsAt().atZone(EventFields.PARIS)));
		model.addAttribute("deadline", event.getRegistrationDeadline() == null ? null
				: day.format(event.getRegistrationDeadline().atZone(EventFields.PARIS)));
		model.addAttribute("themes", event.getThemes()
			.stream()
			.map(t -> org.gide.calls.Theme.fromCode(t).map(org.gide.calls.Theme::labelKey).orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList());
		return "agenda/events/page";
	}

	/** An organiser linked to its directory page. */
	record Organiser(long id, String name) {

		public String path() {
			return "/annuaire/" + id;
		}

	}

	private AgendaEvent visible(long id) {
		AgendaEvent event = events.find(id).orElseThrow(EventNotFound::new);
		if (event.getState() == EventState.DRAFT && !managers.mayManage(event)) {
			throw new EventNotFound();
		}
		return event;
	}

	private static RedirectView permanent(String path) {
		RedirectView view = new RedirectView(path);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return view;
	}

}
