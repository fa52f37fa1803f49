package org.gide.agenda.series;

import java.util.List;

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

import org.gide.agenda.EventKind;
import org.gide.agenda.events.EventFields;
import org.gide.agenda.events.EventManager;
import org.gide.agenda.events.EventManagers;

/**
 * The forms of recurring series (docs/agenda.md § 1 « Recurrence »): {@code /agenda/series/nouvelle?type=} for
 * permanences and trainings, {@code /agenda/series/{id}/modifier} for their managers (404 for others). Each form
 * is the rule plus the shared fields of an event; saving creates or reshapes the occurrences and lists the ones an
 * edit left as they were.
 */
@Controller
class SeriesController {

	private final SeriesEditing series;

	private final EventManagers managers;

	private final EventFields fields;

	SeriesController(SeriesEditing series, EventManagers managers, EventFields fields) {
		this.series = series;
		this.managers = managers;
		this.fields = fields;
	}

	private EventManager manager() {
		return managers.current().orElseThrow(SeriesNotFound::new);
	}

	private static EventKind kind(String type) {
		return EventKind.ofSlug(type == null ? "" : type)
			.filter(SeriesEditing.KINDS::contains)
			.orElseThrow(SeriesNotFound::new);
	}

	@GetMapping("/agenda/series/nouvelle")
	String newSeries(@RequestParam(name = "type", required = false) String type, Model model) {
		EventManager manager = manager();
		EventKind kind = kind(type);
		if (!SeriesEditing.mayCreate(manager, kind)) {
			throw new SeriesNotFound();
		}
		SeriesForm form = new SeriesForm();
		form.setStartTime("09:00");
		if (manager.resourceActors().size() == 1 && !manager.agent()) {
			form.setOrganisers(List.copyOf(manager.resourceActors()));
		}
		return page(model, kind, manager, form, null);
	}

	@PostMapping("/agenda/series/nouvelle")
	String create(@RequestParam(name = "type", required = false) String type,
			@ModelAttribute("form") SeriesForm form, BindingResult errors,
			@RequestParam(name = "publier", required = false) String publish, Model model,
			RedirectAttributes redirect) {
		EventManager manager = manager();
		EventKind kind = kind(type);
		if (!SeriesEditing.mayCreate(manager, kind)) {
			throw new SeriesNotFound();
		}
		SeriesRule rule = series.validate(kind, form, manager, List.of(), true, errors);
		if (rule == null) {
			return page(model, kind, manager, form, null);
		}
		AgendaSeries saved = series.create(kind, rule, form, manager, publish != null);
		redirect.addFlashAttribute("flash", "agenda.series.flash.created");
		return "redirect:/agenda/series/" + saved.getId() + "/modifier";
	}

	@GetMapping("/agenda/series/{id:\\d+}/modifier")
	String edit(@PathVariable long id, Model model) {
		EventManager manager = manager();
		AgendaSeries found = series.manageable(id, manager);
		return page(model, found.getKind(), manager, series.formOf(found), found);
	}

	@PostMapping("/agenda/series/{id:\\d+}/modifier")
	String update(@PathVariable long id, @ModelAttribute("form") SeriesForm form, BindingResult errors,
			@RequestParam(name = "publier", required = false) String publish, Model model,
			RedirectAttributes redirect) {
		EventManager manager = manager();
		AgendaSeries found = series.manageable(id, manager);
		if (form.getVersion() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "version missing");
		}
		List<Long> kept = SeriesTemplate.fromJson(found.getTemplate()).organiserIds();
		SeriesRule rule = series.validate(found.getKind(), form, manager, kept, false, errors);
		if (rule == null) {
			return page(model, found.getKind(), manager, form, found);
		}
		try {
			SeriesHorizon.Reshaped reshaped = series.update(id, rule, form, manager, publish != null);
			redirect.addFlashAttribute("flash", "agenda.series.flash.saved");
			redirect.addFlashAttribute("reshaped", reshaped);
		}
		catch (StaleSeries e) {
			errors.reject("agenda.series.error.stale");
			model.addAttribute("stale", true);
			return page(model, found.getKind(), manager, form, found);
		}
		return "redirect:/agenda/series/" + id + "/modifier";
	}

	private String page(Model model, EventKind kind, EventManager manager, SeriesForm form, AgendaSeries saved) {
		model.addAttribute("form", form);
		fields.addChoices(model, kind, manager, form);
		model.addAttribute("withoutDates", true);
		model.addAttribute("horizonDays", series.horizonDays());
		model.addAttribute("series", saved);
		model.addAttribute("seriesKind", kind);
		model.addAttribute("weekdayChoices", List.of(1, 2, 3, 4, 5, 6, 7));
		model.addAttribute("monthWeekChoices", List.of(1, 2, 3, 4, -1));
		if (saved == null) {
			model.addAttribute("action", "/agenda/series/nouvelle?type=" + kind.slug());
			model.addAttribute("published", false);
			model.addAttribute("occurrences", List.of());
		}
		else {
			model.addAttribute("action", "/agenda/series/" + saved.getId() + "/modifier");
			model.addAttribute("published", series.published(saved));
			model.addAttribute("occurrences", series.upcoming(saved.getId()));
		}
		return "agenda/series/form";
	}

}
