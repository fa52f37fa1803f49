package org.gide.calls.call;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.accounts.Accounts;
import org.gide.calls.Theme;
import org.gide.calls.call.CallCatalogue.CallView;
import org.gide.calls.call.CallCatalogue.CriterionView;
import org.gide.calls.call.CallCatalogue.WorkshopView;
import org.gide.calls.files.CallFiles;
import org.gide.territory.Territories;

/** The Mission ESS agents' pages of calls: list, form, criteria grid, documents, workshops, publish and close. */
@Controller
class CallAgentController {

	private static final Set<String> FORM_FIELDS = Set.of("title", "slug", "summary", "description", "planAction",
			"themes", "territories", "opensOn", "deadlineOn", "deadlineTime", "auditionsFrom", "auditionsTo",
			"decisionOn", "minOrganisations", "minThemes", "directions");

	private final CallService calls;

	private final CallCatalogue catalogue;

	private final Territories territories;

	private final Accounts accounts;

	private final CallFiles files;

	private final MessageSource messages;

	CallAgentController(CallService calls, CallCatalogue catalogue, Territories territories, Accounts accounts,
			CallFiles files, MessageSource messages) {
		this.messages = messages;
		this.calls = calls;
		this.catalogue = catalogue;
		this.territories = territories;
		this.accounts = accounts;
		this.files = files;
	}

	private Long accountId(Authentication authentication) {
		return authentication == null ? null
				: accounts.findByEmail(authentication.getName()).map(a -> a.id()).orElse(null);
	}

	@GetMapping("/agent/appels")
	String list(Model model) {
		model.addAttribute("rows", calls.list());
		model.addAttribute("now", calls.now());
		return "calls/call/agent-list";
	}

	@GetMapping("/agent/appels/nouveau")
	String createForm(Model model) {
		CallForm form = new CallForm();
		form.setVersion(0L);
		return form(model, null, form);
	}

	@PostMapping("/agent/appels/nouveau")
	String create(@ModelAttribute("form") CallForm form, BindingResult errors, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			long id = calls.create(form, accountId(authentication));
			redirect.addFlashAttribute("flash", "call.flash.created");
			return "redirect:/agent/appels/" + id + "/modifier";
		}
		catch (CallRefused refused) {
			reject(refused, errors);
			return form(model, null, form);
		}
	}

	@GetMapping("/agent/appels/{id:\\d+}/modifier")
	String editForm(@PathVariable long id, Model model) {
		CallView call = calls.load(id);
		return form(model, call, CallForm.of(call, calls.directionsOf(id)));
	}

	@PostMapping("/agent/appels/{id:\\d+}/modifier")
	String edit(@PathVariable long id, @ModelAttribute("form") CallForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		CallView call = calls.load(id);
		if (errors.hasErrors() || form.getVersion() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		try {
			calls.update(id, form);
			redirect.addFlashAttribute("flash", "call.flash.saved");
			return "redirect:/agent/appels/" + id + "/modifier";
		}
		catch (CallRefused refused) {
			reject(refused, errors);
			return form(model, call, form);
		}
		catch (CallConflict conflict) {
			CallView now = calls.load(id);
			model.addAttribute("conflict", true);
			form.setVersion(now.version());
			return form(model, now, form);
		}
	}

	private static void reject(CallRefused refused, BindingResult errors) {
		refused.problems().forEach(p -> {
			if (p.field() != null && FORM_FIELDS.contains(p.field())) {
				errors.rejectValue(p.field(), p.code(), p.args(), p.code());
			}
			else {
				errors.reject(p.code(), p.args(), p.code());
			}
		});
	}

	private String form(Model model, CallView call, CallForm form) {
		model.addAttribute("call", call);
		model.addAttribute("form", form);
		model.addAttribute("themes", Theme.values());
		model.addAttribute("territories", territories.list());
		model.addAttribute("directions", calls.activeDirections());
		model.addAttribute("planActions", CallService.PLAN_ACTIONS);
		return "calls/call/agent-form";
	}

	@PostMapping("/agent/appels/{id:\\d+}/publier")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		calls.load(id);
		try {
			calls.publish(id);
			redirect.addFlashAttribute("flash", "call.flash.published");
		}
		catch (CallRefused refused) {
			redirect.addFlashAttribute("refusal", refused.codes());
		}
		return "redirect:/agent/appels/" + id + "/modifier";
	}

	@PostMapping("/agent/appels/{id:\\d+}/cloturer")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		calls.load(id);
		try {
			calls.close(id);
			redirect.addFlashAttribute("flash", "call.flash.closed");
		}
		catch (CallRefused refused) {
			redirect.addFlashAttribute("refusal", refused.codes());
		}
		return "redirect:/agent/appels/" + id + "/modifier";
	}

	// ---------------------------------------------------------------------------------------------------------

	@GetMapping("/agent/appels/{id:\\d+}/criteres")
	String criteria(@PathVariable long id, @RequestParam(name = "modifier", required = false) Long editing,
			Model model) {
		CallView call = calls.load(id);
		Map<String, String> values = new HashMap<>();
		if (editing != null) {
			CriterionView criterion = catalogue.criteria(id)
				.stream()
				.filter(c -> c.id() == editing)
				.findFirst()
				.orElseThrow(() -> new CallNotFound("criterion " + editing));
			values.put("id", String.valueOf(criterion.id()));
			values.put("label", criterion.label());
			values.put("description", criterion.description());
			values.put("weight", String.valueOf(criterion.weight()));
		}
		return criteriaPage(model, call, values, Map.of(), Map.of());
	}

	@PostMapping("/agent/appels/{id:\\d+}/criteres")
	String saveCriterion(@PathVariable long id, @RequestParam(name = "criterionId", required = false) Long criterionId,
			@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String weight, Model model, RedirectAttributes redirect) {
		CallView call = calls.load(id);
		try {
			calls.saveCriterion(id, criterionId, label, description, weight);
			redirect.addFlashAttribute("flash", "call.flash.criterionSaved");
			return "redirect:/agent/appels/" + id + "/criteres";
		}
		catch (CallRefused refused) {
			Map<String, String> values = new HashMap<>();
			values.put("id", criterionId == null ? "" : String.valueOf(criterionId));
			values.put("label", label);
			values.put("description", description);
			values.put("weight", weight);
			return criteriaPage(model, call, values, problems(refused), problemArgs(refused));
		}
	}

	@PostMapping("/agent/appels/{id:\\d+}/criteres/{criterionId:\\d+}/suppression")
	String removeCriterion(@PathVariable long id, @PathVariable long criterionId, RedirectAttributes redirect) {
		calls.load(id);
		calls.removeCriterion(id, criterionId);
		redirect.addFlashAttribute("flash", "call.flash.criterionRemoved");
		return "redirect:/agent/appels/" + id + "/criteres";
	}

	@PostMapping("/agent/appels/{id:\\d+}/criteres/{criterionId:\\d+}/deplacement")
	String moveCriterion(@PathVariable long id, @PathVariable long criterionId,
			@RequestParam(defaultValue = "") String sens) {
		calls.load(id);
		if (!sens.equals("haut") && !sens.equals("bas")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		calls.moveCriterion(id, criterionId, sens.equals("haut") ? -1 : 1);
		return "redirect:/agent/appels/" + id + "/criteres";
	}

	private String criteriaPage(Model model, CallView call, Map<String, String> values, Map<String, String> errors,
			Map<String, Object[]> errorArgs) {
		model.addAttribute("errorArgs", errorArgs);
		List<CriterionView> criteria = catalogue.criteria(call.id());
		model.addAttribute("call", call);
		model.addAttribute("criteria", criteria);
		model.addAttribute("total", criteria.stream().mapToInt(CriterionView::weight).sum());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "calls/call/agent-criteria";
	}

	/** field → its first problem's message, in the visitor's language. */
	private Map<String, String> problems(CallRefused refused) {
		Map<String, String> map = new HashMap<>();
		refused.problems()
			.forEach(p -> map.putIfAbsent(p.field() == null ? "form" : p.field(),
					messages.getMessage(p.code(), p.args(), p.code(), LocaleContextHolder.getLocale())));
		return map;
	}

	private static Map<String, Object[]> problemArgs(CallRefused refused) {
		Map<String, Object[]> map = new HashMap<>();
		refused.problems().forEach(p -> map.putIfAbsent(p.field() == null ? "form" : p.field(), p.args()));
		return map;
	}

	// ---------------------------------------------------------------------------------------------------------

	@GetMapping("/agent/appels/{id:\\d+}/documents")
	String documents(@PathVariable long id, Model model) {
		return documentsPage(model, calls.load(id), "", Map.of(), Map.of());
	}

	@PostMapping("/agent/appels/{id:\\d+}/documents")
	String addDocument(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		CallView call = calls.load(id);
		try {
			calls.addDocument(id, title, file, accountId(authentication));
			redirect.addFlashAttribute("flash", "call.flash.documentAdded");
			return "redirect:/agent/appels/" + id + "/documents";
		}
		catch (CallRefused refused) {
			return documentsPage(model, call, title, problems(refused), problemArgs(refused));
		}
	}

	@PostMapping("/agent/appels/{id:\\d+}/documents/{documentId:\\d+}/suppression")
	String removeDocument(@PathVariable long id, @PathVariable long documentId, RedirectAttributes redirect) {
		calls.load(id);
		calls.removeDocument(id, documentId);
		redirect.addFlashAttribute("flash", "call.flash.documentRemoved");
		return "redirect:/agent/appels/" + id + "/documents";
	}

	private String documentsPage(Model model, CallView call, String title, Map<String, String> errors,
			Map<String, Object[]> errorArgs) {
		model.addAttribute("call", call);
		model.addAttribute("documents", catalogue.documents(call.id()));
		model.addAttribute("values", Map.of("title", title));
		model.addAttribute("errors", errors);
		model.addAttribute("errorArgs", errorArgs);
		model.addAttribute("accepted", CallFiles.accepted());
		model.addAttribute("maxMb", files.maxBytes() / (1024 * 1024));
		return "calls/call/agent-documents";
	}

	// ---------------------------------------------------------------------------------------------------------

	@GetMapping("/agent/appels/{id:\\d+}/ateliers")
	String workshops(@PathVariable long id, @RequestParam(name = "modifier", required = false) Long editing,
			Model model) {
		CallView call = calls.load(id);
		Map<String, String> values = new HashMap<>();
		if (editing != null) {
			WorkshopView w = catalogue.workshops(id)
				.stream()
				.filter(x -> x.id() == editing)
				.findFirst()
				.orElseThrow(() -> new CallNotFound("workshop " + editing));
			var start = w.startsAt().atZone(CallForm.PARIS);
			values.put("id", String.valueOf(w.id()));
			values.put("date", start.toLocalDate().toString());
			values.put("startTime", start.toLocalTime().toString());
			values.put("endTime", w.endsAt() == null ? "" : w.endsAt().atZone(CallForm.PARIS).toLocalTime().toString());
			values.put("place", w.place());
			values.put("communeCode", w.communeCode() == null ? "" : w.communeCode());
			values.put("onlineUrl", w.onlineUrl() == null ? "" : w.onlineUrl());
			values.put("description", w.description());
			values.put("attendees", w.attendees() == null ? "" : String.valueOf(w.attendees()));
		}
		return workshopsPage(model, call, values, Map.of(), Map.of());
	}

	@PostMapping("/agent/appels/{id:\\d+}/ateliers")
	String saveWorkshop(@PathVariable long id, @RequestParam(name = "workshopId", required = false) Long workshopId,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		CallView call = calls.load(id);
		CallService.WorkshopInput in = new CallService.WorkshopInput(params.get("date"), params.get("startTime"),
				params.get("endTime"), params.get("place"), params.get("communeCode"), params.get("onlineUrl"),
				params.get("description"), params.get("attendees"));
		try {
			calls.saveWorkshop(id, workshopId, in);
			redirect.addFlashAttribute("flash", "call.flash.workshopSaved");
			return "redirect:/agent/appels/" + id + "/ateliers";
		}
		catch (CallRefused refused) {
			Map<String, String> values = new HashMap<>();
			for (String key : List.of("date", "startTime", "endTime", "place", "communeCode", "onlineUrl",
					"description", "attendees")) {
				values.put(key, params.getOrDefault(key, ""));
			}
			values.put("id", workshopId == null ? "" : String.valueOf(workshopId));
			return workshopsPage(model, call, values, problems(refused), problemArgs(refused));
		}
	}

	@PostMapping("/agent/appels/{id:\\d+}/ateliers/{workshopId:\\d+}/annulation")
	String cancelWorkshop(@PathVariable long id, @PathVariable long workshopId,
			@RequestParam(name = "annuler", defaultValue = "true") boolean cancel, RedirectAttributes redirect) {
		calls.load(id);
		calls.cancelWorkshop(id, workshopId, cancel);
		redirect.addFlashAttribute("flash", cancel ? "call.flash.workshopCancelled" : "call.flash.workshopRestored");
		return "redirect:/agent/appels/" + id + "/ateliers";
	}

	private String workshopsPage(Model model, CallView call, Map<String, String> values, Map<String, String> errors,
			Map<String, Object[]> errorArgs) {
		model.addAttribute("call", call);
		model.addAttribute("workshops", catalogue.workshops(call.id()));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("errorArgs", errorArgs);
		model.addAttribute("now", calls.now());
		return "calls/call/agent-workshops";
	}

}
