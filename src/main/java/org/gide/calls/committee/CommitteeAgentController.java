package org.gide.calls.committee;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.calls.Theme;
import org.gide.web.RichText;

/** The Mission ESS's committee pages: theme → direction mapping, members and assignments, auditions, deliberation. */
@Controller
class CommitteeAgentController {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final Committee committee;

	private final Viewer.Current current;

	private final MinutesDraft draft;

	private final MessageSource messages;

	CommitteeAgentController(Committee committee, Viewer.Current current, MinutesDraft draft, MessageSource messages) {
		this.committee = committee;
		this.current = current;
		this.draft = draft;
		this.messages = messages;
	}

	private static org.springframework.web.server.ResponseStatusException badRequest(String reason) {
		return new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
				reason);
	}

	// ------------------------------------------------------------------------------------------------ mapping

	@GetMapping("/agent/themes-directions")
	String themes(Model model) {
		model.addAttribute("themes", Theme.values());
		model.addAttribute("directions", committee.directions());
		model.addAttribute("links", committee.themeDirections());
		return "calls/committee/themes-directions";
	}

	@PostMapping("/agent/themes-directions")
	String saveThemes(@RequestParam(name = "link", required = false) List<String> links,
			@RequestParam(required = false) String grid, RedirectAttributes redirect) {
		if (grid == null) {
			// An empty grid would erase the whole mapping: only a form that showed the grid may post.
			throw badRequest("Missing grid marker");
		}
		committee.replaceThemeDirections(links == null ? List.of() : links);
		redirect.addFlashAttribute("flash", "committee.themes.saved");
		return "redirect:/agent/themes-directions";
	}

	// ------------------------------------------------------------------------------------------------ committee

	@GetMapping("/agent/appels/{id:\\d+}/comite")
	String committeePage(@PathVariable long id, Model model) {
		Committee.Call call = committee.call(id);
		List<Committee.Dossier> dossiers = committee.submittedDossiers(id);
		Map<Long, List<Committee.Suggestion>> suggestions = new LinkedHashMap<>();
		dossiers.forEach(d -> suggestions.put(d.id(), committee.suggestions(id, d)));
		List<Committee.Member> members = committee.members(id);
		Map<Long, String> names = new LinkedHashMap<>();
		members.forEach(m -> names.put(m.accountId(), m.name()));
		model.addAttribute("call", call);
		model.addAttribute("members", members);
		model.addAttribute("memberNames", names);
		model.addAttribute("candidates", committee.candidates());
		model.addAttribute("directions", committee.directions());
		model.addAttribute("dossiers", dossiers);
		model.addAttribute("assignments", committee.assignments(id));
		model.addAttribute("suggestions", suggestions);
		return "calls/committee/committee";
	}

	@PostMapping("/agent/appels/{id:\\d+}/comite/membres")
	String addMember(@PathVariable long id, @RequestParam(required = false) Long account,
			@RequestParam(required = false) Long direction, RedirectAttributes redirect) {
		committee.call(id);
		Viewer agent = current.get();
		boolean added = account != null && committee.addMember(id, account, direction, agent.id());
		redirect.addFlashAttribute(added ? "flash" : "error",
				added ? "committee.members.added" : "committee.members.error.account");
		return "redirect:/agent/appels/" + id + "/comite";
	}

	@PostMapping("/agent/appels/{id:\\d+}/comite/membres/{account:\\d+}/retrait")
	String removeMember(@PathVariable long id, @PathVariable long account, RedirectAttributes redirect) {
		committee.call(id);
		committee.removeMember(id, account);
		redirect.addFlashAttribute("flash", "committee.members.removed");
		return "redirect:/agent/appels/" + id + "/comite";
	}

	@PostMapping("/agent/appels/{id:\\d+}/comite/affectations")
	String assign(@PathVariable long id, @RequestParam(required = false) Long dossier,
			@RequestParam(required = false) Long account, RedirectAttributes redirect) {
		committee.call(id);
		boolean done = dossier != null && account != null && committee.assign(id, dossier, account, current.get().id());
		redirect.addFlashAttribute(done ? "flash" : "error",
				done ? "committee.assign.done" : "committee.assign.error.member");
		return "redirect:/agent/appels/" + id + "/comite";
	}

	@PostMapping("/agent/appels/{id:\\d+}/comite/affectations/retrait")
	String unassign(@PathVariable long id, @RequestParam(required = false) Long dossier,
			@RequestParam(required = false) Long account, RedirectAttributes redirect) {
		committee.call(id);
		if (dossier == null || account == null) {
			redirect.addFlashAttribute("error", "committee.assign.error.member");
		}
		else {
			committee.unassign(id, dossier, account);
			redirect.addFlashAttribute("flash", "committee.assign.removed");
		}
		return "redirect:/agent/appels/" + id + "/comite";
	}

	// ------------------------------------------------------------------------------------------------ auditions

	@GetMapping("/agent/appels/{id:\\d+}/auditions")
	String auditions(@PathVariable long id, Model model) {
		return auditionsPage(id, model, new SlotForm("", "", "", "", null), Map.of());
	}

	private String auditionsPage(long id, Model model, SlotForm form, Map<String, String> errors) {
		model.addAttribute("call", committee.call(id));
		model.addAttribute("slots", committee.slots(id));
		model.addAttribute("dossiers", committee.submittedDossiers(id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "calls/committee/auditions";
	}

	record SlotForm(String date, String start, String end, String place, Long dossier) {
	}

	@PostMapping("/agent/appels/{id:\\d+}/auditions")
	String createSlot(@PathVariable long id, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
			@RequestParam(defaultValue = "") String place, @RequestParam(required = false) Long dossier, Model model,
			RedirectAttributes redirect) {
		committee.call(id);
		SlotForm form = new SlotForm(date.strip(), start.strip(), end.strip(), place.strip(), dossier);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate day = null;
		LocalTime from = null;
		LocalTime to = null;
		try {
			day = LocalDate.parse(form.date());
		}
		catch (DateTimeException e) {
			errors.put("date", form.date().isEmpty() ? "committee.slot.error.date.required" : "committee.slot.error.date");
		}
		try {
			from = LocalTime.parse(form.start());
		}
		catch (DateTimeException e) {
			errors.put("start", form.start().isEmpty() ? "committee.slot.error.time.required" : "committee.slot.error.time");
		}
		try {
			to = LocalTime.parse(form.end());
		}
		catch (DateTimeException e) {
			errors.put("end", form.end().isEmpty() ? "committee.slot.error.time.required" : "committee.slot.error.time");
		}
		if (from != null && to != null && !to.isAfter(from)) {
			errors.put("end", "committee.slot.error.order");
		}
		if (form.place().length() > 300) {
			errors.put("place", "committee.slot.error.place");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("error", "committee.form.invalid");
			return auditionsPage(id, model, form, errors);
		}
		Instant starts = day.atTime(from).atZone(PARIS).toInstant();
		Instant ends = day.atTime(to).atZone(PARIS).toInstant();
		long slot = committee.createSlot(id, starts, ends, form.place());
		if (dossier != null && !committee.setSlotDossier(id, slot, dossier)) {
			redirect.addFlashAttribute("error", "committee.slot.error.taken");
			return "redirect:/agent/appels/" + id + "/auditions";
		}
		redirect.addFlashAttribute("flash", "committee.slot.created");
		return "redirect:/agent/appels/" + id + "/auditions";
	}

	@PostMapping("/agent/appels/{id:\\d+}/auditions/{slot:\\d+}/dossier")
	String slotDossier(@PathVariable long id, @PathVariable long slot, @RequestParam(required = false) Long dossier,
			RedirectAttributes redirect) {
		committee.call(id);
		boolean done = committee.setSlotDossier(id, slot, dossier);
		redirect.addFlashAttribute(done ? "flash" : "error", done ? "committee.slot.assigned" : "committee.slot.error.taken");
		return "redirect:/agent/appels/" + id + "/auditions";
	}

	@PostMapping("/agent/appels/{id:\\d+}/auditions/{slot:\\d+}/suppression")
	String deleteSlot(@PathVariable long id, @PathVariable long slot, @RequestParam(required = false) String confirm,
			RedirectAttributes redirect) {
		committee.call(id);
		if (!"1".equals(confirm)) {
			throw badRequest("Missing confirmation");
		}
		committee.deleteSlot(id, slot);
		redirect.addFlashAttribute("flash", "committee.slot.deleted");
		return "redirect:/agent/appels/" + id + "/auditions";
	}

	@PostMapping("/agent/appels/{id:\\d+}/auditions/{slot:\\d+}/invitation")
	String invite(@PathVariable long id, @PathVariable long slot, RedirectAttributes redirect) {
		Committee.Call call = committee.call(id);
		Committee.Slot s = committee.slot(id, slot);
		Locale fr = Locale.FRENCH;
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", fr);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", fr);
		String when = day.format(s.startsAt().atZone(PARIS)) + ", " + time.format(s.startsAt().atZone(PARIS)) + "–"
				+ time.format(s.endsAt().atZone(PARIS));
		String place = s.place().isBlank() ? messages.getMessage("committee.slot.noPlace", null, fr) : s.place();
		String text = messages.getMessage("committee.audition.thread", new Object[] { call.title(), when, place }, fr);
		int sent = committee.invite(id, slot, current.get(), text,
				Map.of("call", call.title(), "when", when, "place", place));
		if (sent < 0) {
			redirect.addFlashAttribute("error", "committee.slot.error.noDossier");
		}
		else {
			redirect.addFlashAttribute("flash", "committee.slot.invited");
			redirect.addFlashAttribute("flashArgs", new Object[] { sent });
		}
		return "redirect:/agent/appels/" + id + "/auditions";
	}

	@PostMapping("/agent/appels/{id:\\d+}/auditions/{slot:\\d+}/presence")
	String attendance(@PathVariable long id, @PathVariable long slot, @RequestParam(defaultValue = "") String attended,
			RedirectAttributes redirect) {
		committee.call(id);
		Boolean value = switch (attended) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> null;
		};
		if (value == null) {
			committee.slot(id, slot);
			redirect.addFlashAttribute("error", "committee.slot.error.attendance");
		}
		else {
			committee.attendance(id, slot, value);
			redirect.addFlashAttribute("flash", "committee.slot.attendance");
		}
		return "redirect:/agent/appels/" + id + "/auditions";
	}

	// ------------------------------------------------------------------------------------------------ deliberation

	@GetMapping("/agent/appels/{id:\\d+}/deliberation")
	String deliberation(@PathVariable long id, Model model) {
		Committee.Call call = committee.call(id);
		Committee.Minutes minutes = committee.minutes(id)
			.orElseGet(() -> new Committee.Minutes(draft.draft(id, current.get(), LocaleContextHolder.getLocale()),
					null, 0));
		return deliberationPage(call, model, minutes.html(), minutes.heldOn() == null ? "" : minutes.heldOn().toString(),
				minutes.version(), Map.of(), Map.of(), Map.of());
	}

	private String deliberationPage(Committee.Call call, Model model, String minutesHtml, String heldOn, long version,
			Map<String, String> minutesErrors, Map<Long, String> decisionErrors, Map<Long, String[]> decisionInput) {
		List<Committee.SynthesisRow> synthesis = committee.synthesis(call.id(), new Viewer(-1, "", "", true));
		Map<Long, Committee.SynthesisRow> totals = new LinkedHashMap<>();
		synthesis.forEach(r -> totals.put(r.dossierId(), r));
		model.addAttribute("call", call);
		model.addAttribute("minutesHtml", minutesHtml);
		model.addAttribute("heldOn", heldOn);
		model.addAttribute("version", version);
		model.addAttribute("minutesErrors", minutesErrors);
		model.addAttribute("dossiers", committee.submittedDossiers(call.id()));
		model.addAttribute("totals", totals);
		model.addAttribute("decisions", committee.decisions(call.id()));
		model.addAttribute("decisionErrors", decisionErrors);
		model.addAttribute("decisionInput", decisionInput);
		model.addAttribute("undecided", committee.undecided(call.id()));
		return "calls/committee/deliberation";
	}

	@PostMapping("/agent/appels/{id:\\d+}/deliberation/proces-verbal")
	String saveMinutes(@PathVariable long id, @RequestParam(defaultValue = "") String minutes,
			@RequestParam(defaultValue = "") String heldOn, @RequestParam(required = false) Long version,
			@RequestParam(required = false) String regenerate, Model model, RedirectAttributes redirect) {
		Committee.Call call = committee.call(id);
		if (version == null || version < 0) {
			throw badRequest("Missing version");
		}
		Viewer agent = current.get();
		String html = regenerate != null ? draft.draft(id, agent, LocaleContextHolder.getLocale())
				: RichText.sanitize(minutes);
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate held = null;
		if (!heldOn.isBlank()) {
			try {
				held = LocalDate.parse(heldOn.strip());
			}
			catch (DateTimeException e) {
				errors.put("heldOn", "committee.minutes.error.date");
			}
		}
		if (!errors.isEmpty()) {
			model.addAttribute("error", "committee.form.invalid");
			return deliberationPage(call, model, html, heldOn, version, errors, Map.of(), Map.of());
		}
		try {
			committee.saveMinutes(id, version, html, held, agent.id());
		}
		catch (Committee.MinutesConflict conflict) {
			Committee.Minutes now = committee.minutes(id).orElseThrow();
			model.addAttribute("error", "committee.minutes.conflict");
			model.addAttribute("theirs", now.html());
			return deliberationPage(call, model, html, heldOn, now.version(), Map.of(), Map.of(), Map.of());
		}
		redirect.addFlashAttribute("flash", regenerate != null ? "committee.minutes.regenerated" : "committee.minutes.saved");
		return "redirect:/agent/appels/" + id + "/deliberation";
	}

	@PostMapping("/agent/appels/{id:\\d+}/deliberation/decisions/{dossier:\\d+}")
	String decide(@PathVariable long id, @PathVariable long dossier, @RequestParam(defaultValue = "") String outcome,
			@RequestParam(defaultValue = "") String motivation, Model model, RedirectAttributes redirect) {
		Committee.Call call = committee.call(id);
		committee.submittedDossierOf(id, dossier);
		String text = motivation.strip();
		String problem = null;
		if (!outcome.equals("LAUREATE") && !outcome.equals("NOT_RETAINED")) {
			problem = "committee.decision.error.outcome";
		}
		else if (text.isEmpty()) {
			problem = "committee.decision.error.motivation";
		}
		else if (text.length() > 8000) {
			problem = "committee.decision.error.long";
		}
		if (problem != null) {
			Committee.Minutes minutes = committee.minutes(id).orElse(new Committee.Minutes("", null, 0));
			model.addAttribute("error", "committee.form.invalid");
			return deliberationPage(call, model,
					minutes.version() == 0 ? draft.draft(id, current.get(), LocaleContextHolder.getLocale())
							: minutes.html(),
					minutes.heldOn() == null ? "" : minutes.heldOn().toString(), minutes.version(), Map.of(),
					Map.of(dossier, problem), Map.of(dossier, new String[] { outcome, motivation }));
		}
		committee.decide(id, dossier, outcome, text, current.get().id());
		redirect.addFlashAttribute("flash", "committee.decision.saved");
		return "redirect:/agent/appels/" + id + "/deliberation#decision-" + dossier;
	}

	@PostMapping("/agent/appels/{id:\\d+}/deliberation/envoi")
	String send(@PathVariable long id, RedirectAttributes redirect) {
		committee.call(id);
		int sent = committee.sendDecisions(id);
		redirect.addFlashAttribute(sent > 0 ? "flash" : "error",
				sent > 0 ? "committee.decision.sent" : "committee.decision.error.nothingToSend");
		redirect.addFlashAttribute("flashArgs", new Object[] { sent });
		return "redirect:/agent/appels/" + id + "/deliberation";
	}

	@PostMapping("/agent/appels/{id:\\d+}/deliberation/publication")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		Committee.Call call = committee.call(id);
		int undecided = committee.undecided(id);
		if (call.resultsPublishedAt() != null) {
			redirect.addFlashAttribute("error", "committee.publish.error.already");
		}
		else if (undecided > 0 || committee.submittedDossiers(id).isEmpty()) {
			redirect.addFlashAttribute("error", "committee.publish.error.undecided");
			redirect.addFlashAttribute("flashArgs", new Object[] { undecided });
		}
		else {
			committee.publishResults(id);
			redirect.addFlashAttribute("flash", "committee.publish.done");
		}
		return "redirect:/agent/appels/" + id + "/deliberation";
	}

}
