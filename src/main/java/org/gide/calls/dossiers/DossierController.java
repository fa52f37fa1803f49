package org.gide.calls.dossiers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.calls.Theme;
import org.gide.calls.files.CallFiles;
import org.gide.files.RefusedFile;

/**
 * The dossier pages: opening one on a call, my dossiers, the whole dossier, its content, pooled resources, budget
 * and attachments, the completeness check and the submission, the kept versions, and the printable page.
 */
@Controller
class DossierController {

	private final Dossiers dossiers;

	private final CurrentActor current;

	private final Feedback feedback;

	DossierController(Dossiers dossiers, CurrentActor current, Feedback feedback) {
		this.dossiers = dossiers;
		this.current = current;
		this.feedback = feedback;
	}

	@ExceptionHandler(DossierFrozen.class)
	String frozen(DossierFrozen frozen, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", feedback.message("dossiers.frozen"));
		return "redirect:/dossiers/" + frozen.dossierId();
	}

	// ------------------------------------------------------------------------------------------------ list, open

	@GetMapping("/dossiers")
	String mine(Model model) {
		Actor actor = current.get();
		List<Dossiers.Summary> all = dossiers.mine(actor);
		model.addAttribute("dossiers", all.stream().filter(s -> !s.invitation()).toList());
		model.addAttribute("invitations", all.stream().filter(Dossiers.Summary::invitation).toList());
		model.addAttribute("administered", dossiers.administered(actor));
		return "calls/dossiers/list";
	}

	@GetMapping("/appels/{slug}/dossiers/nouveau")
	String openForm(@PathVariable String slug, @RequestParam(name = "besoin", required = false) Long needId,
			Model model) {
		Actor actor = current.get();
		CallRules call = dossiers.callBySlug(slug).filter(c -> !"DRAFT".equals(c.status()) || actor.agent())
			.orElseThrow(DossierNotFound::new);
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("title", "");
		form.put("needId", needId);
		form.put("leadOrganisation", null);
		return openPage(model, actor, call, form);
	}

	private String openPage(Model model, Actor actor, CallRules call, Map<String, Object> form) {
		model.addAttribute("call", call);
		model.addAttribute("form", form);
		model.addAttribute("open", call.openAt(dossiers.now()));
		model.addAttribute("administered", dossiers.administered(actor));
		Object needId = form.get("needId");
		model.addAttribute("need", needId instanceof Long id ? dossiers.need(id).orElse(null) : null);
		Feedback.defaults(model);
		return "calls/dossiers/open";
	}

	@PostMapping("/appels/{slug}/dossiers/nouveau")
	String open(@PathVariable String slug, @RequestParam(required = false) Long leadOrganisation,
			@RequestParam(required = false) String title, @RequestParam(name = "besoin", required = false) Long needId,
			Model model) {
		Actor actor = current.get();
		CallRules call = dossiers.callBySlug(slug).filter(c -> !"DRAFT".equals(c.status()) || actor.agent())
			.orElseThrow(DossierNotFound::new);
		try {
			long id = dossiers.open(actor, slug, leadOrganisation, title, needId);
			return "redirect:/dossiers/" + id + "?ouvert";
		}
		catch (DossierRefused refused) {
			feedback.refused(model, refused);
			Map<String, Object> form = new LinkedHashMap<>();
			form.put("title", title == null ? "" : title);
			form.put("needId", needId);
			form.put("leadOrganisation", leadOrganisation);
			return openPage(model, actor, call, form);
		}
	}

	// ------------------------------------------------------------------------------------------------ reading

	@GetMapping("/dossiers/{id}")
	String show(@PathVariable long id, Model model) {
		Actor actor = current.get();
		Dossier dossier = dossiers.load(id).orElseThrow(DossierNotFound::new);
		Dossiers.Access access = dossiers.access(actor, dossier);
		if (!access.canRead()) {
			if (access.invited()) {
				return "redirect:/dossiers/" + id + "/invitation";
			}
			throw new DossierNotFound();
		}
		prepare(model, dossier, access);
		return "calls/dossiers/show";
	}

	private CallRules prepare(Model model, Dossier dossier, Dossiers.Access access) {
		CallRules call = dossiers.call(dossier.callId()).orElseThrow(DossierNotFound::new);
		model.addAttribute("dossier", dossier);
		model.addAttribute("access", access);
		model.addAttribute("call", call);
		model.addAttribute("unmet", feedback.unmet(dossier.unmetRules(call, dossiers.now())));
		model.addAttribute("themes", Theme.values());
		Feedback.defaults(model);
		return call;
	}

	@GetMapping("/dossiers/{id}/verification")
	String check(@PathVariable long id, Model model) {
		Actor actor = current.get();
		Dossier dossier = dossiers.readable(actor, id);
		prepare(model, dossier, dossiers.access(actor, dossier));
		return "calls/dossiers/check";
	}

	@PostMapping("/dossiers/{id}/deposer")
	String submit(@PathVariable long id, @RequestParam long version, Model model, RedirectAttributes redirect) {
		Actor actor = current.get();
		try {
			dossiers.submit(actor, id, version);
			redirect.addFlashAttribute("flash", feedback.message("dossiers.submitted"));
			return "redirect:/dossiers/" + id;
		}
		catch (Dossiers.Unmet unmet) {
			Dossier dossier = dossiers.readable(actor, id);
			prepare(model, dossier, dossiers.access(actor, dossier));
			model.addAttribute("refusedRules", feedback.unmet(unmet.rules()));
			return "calls/dossiers/check";
		}
		catch (StaleDossier stale) {
			feedback.stale(model, stale);
			Dossier dossier = stale.current();
			prepare(model, dossier, dossiers.access(actor, dossier));
			return "calls/dossiers/check";
		}
	}

	@GetMapping("/dossiers/{id}/versions")
	String versions(@PathVariable long id, Model model) {
		Actor actor = current.get();
		Dossier dossier = dossiers.readable(actor, id);
		model.addAttribute("dossier", dossier);
		model.addAttribute("access", dossiers.access(actor, dossier));
		model.addAttribute("versions", dossiers.versions(id));
		return "calls/dossiers/versions";
	}

	@GetMapping("/dossiers/{id}/versions/{version}")
	String version(@PathVariable long id, @PathVariable long version, Model model) {
		Actor actor = current.get();
		Dossier dossier = dossiers.readable(actor, id);
		model.addAttribute("dossier", dossier);
		model.addAttribute("access", dossiers.access(actor, dossier));
		model.addAttribute("version", dossiers.version(id, version).orElseThrow(DossierNotFound::new));
		model.addAttribute("themes", Theme.values());
		return "calls/dossiers/version";
	}

	@GetMapping("/dossiers/{id}/imprimer")
	String print(@PathVariable long id, Model model) {
		Actor actor = current.get();
		Dossier dossier = dossiers.readable(actor, id);
		prepare(model, dossier, dossiers.access(actor, dossier));
		return "calls/dossiers/print";
	}

	// ------------------------------------------------------------------------------------------------ content

	@GetMapping("/dossiers/{id}/modifier")
	String editForm(@PathVariable long id, Model model) {
		Dossier dossier = dossiers.editable(current.get(), id);
		return editPage(model, dossier, ContentForm.of(dossier));
	}

	private String editPage(Model model, Dossier dossier, ContentForm form) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("form", form);
		model.addAttribute("needs", dossiers.openNeeds(dossier));
		model.addAttribute("themes", Theme.values());
		Feedback.defaults(model);
		return "calls/dossiers/edit";
	}

	@PostMapping("/dossiers/{id}/modifier")
	String edit(@PathVariable long id, @ModelAttribute("form") ContentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (form.getVersion() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Actor actor = current.get();
		Dossier dossier = dossiers.editable(actor, id);
		try {
			dossiers.saveContent(actor, id, form.getVersion(), form.content());
			redirect.addFlashAttribute("flash", feedback.message("dossiers.saved"));
			return "redirect:/dossiers/" + id;
		}
		catch (DossierRefused refused) {
			feedback.refused(model, refused);
			return editPage(model, dossier, form);
		}
		catch (StaleDossier stale) {
			feedback.stale(model, stale);
			model.addAttribute("theirs", ContentForm.of(stale.current()));
			form.setVersion(stale.current().version());
			return editPage(model, stale.current(), form);
		}
	}

	// ------------------------------------------------------------------------------------------------ resources

	@GetMapping("/dossiers/{id}/ressources")
	String resourcesForm(@PathVariable long id, Model model) {
		Dossier dossier = dossiers.editable(current.get(), id);
		return resourcesPage(model, dossier, new LinkedHashMap<>(Map.of("kind", "MATERIAL", "description", "")));
	}

	private String resourcesPage(Model model, Dossier dossier, Map<String, Object> form) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("form", form);
		Feedback.defaults(model);
		return "calls/dossiers/resources";
	}

	@PostMapping("/dossiers/{id}/ressources")
	String addResource(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String description, Model model, RedirectAttributes redirect) {
		Actor actor = current.get();
		Dossier dossier = dossiers.editable(actor, id);
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("organisationId", organisationId);
		form.put("kind", kind == null ? "" : kind);
		form.put("description", description == null ? "" : description);
		try {
			dossiers.addResource(actor, id, version, organisationId, kind, description);
			redirect.addFlashAttribute("flash", feedback.message("dossiers.saved"));
			return "redirect:/dossiers/" + id + "/ressources";
		}
		catch (DossierRefused refused) {
			feedback.refused(model, refused);
			return resourcesPage(model, dossier, form);
		}
		catch (StaleDossier stale) {
			feedback.stale(model, stale);
			return resourcesPage(model, stale.current(), form);
		}
	}

	@PostMapping("/dossiers/{id}/ressources/{resourceId}/supprimer")
	String removeResource(@PathVariable long id, @PathVariable long resourceId, @RequestParam long version,
			Model model, RedirectAttributes redirect) {
		Actor actor = current.get();
		try {
			dossiers.removeResource(actor, id, version, resourceId);
			redirect.addFlashAttribute("flash", feedback.message("dossiers.removed"));
			return "redirect:/dossiers/" + id + "/ressources";
		}
		catch (StaleDossier stale) {
			feedback.stale(model, stale);
			return resourcesPage(model, stale.current(), new LinkedHashMap<>(Map.of("kind", "MATERIAL",
					"description", "")));
		}
	}

	// ------------------------------------------------------------------------------------------------ budget

	@GetMapping("/dossiers/{id}/budget")
	String budgetForm(@PathVariable long id, Model model) {
		Dossier dossier = dossiers.editable(current.get(), id);
		return budgetPage(model, dossier, new LinkedHashMap<>(Map.of("kind", "EXPENSE", "label", "", "amount", "")));
	}

	private String budgetPage(Model model, Dossier dossier, Map<String, Object> form) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("form", form);
		Feedback.defaults(model);
		return "calls/dossiers/budget";
	}

	@PostMapping("/dossiers/{id}/budget")
	String addLine(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String label, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) String amount, Model model, RedirectAttributes redirect) {
		Actor actor = current.get();
		Dossier dossier = dossiers.editable(actor, id);
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("kind", kind == null ? "" : kind);
		form.put("label", label == null ? "" : label);
		form.put("organisationId", organisationId);
		form.put("amount", amount == null ? "" : amount);
		try {
			dossiers.addBudgetLine(actor, id, version, kind, label, organisationId, amount);
			redirect.addFlashAttribute("flash", feedback.message("dossiers.saved"));
			return "redirect:/dossiers/" + id + "/budget";
		}
		catch (DossierRefused refused) {
			feedback.refused(model, refused);
			return budgetPage(model, dossier, form);
		}
		catch (StaleDossier stale) {
			feedback.stale(model, stale);
			return budgetPage(model, stale.current(), form);
		}
	}

	@PostMapping("/dossiers/{id}/budget/{lineId}/supprimer")
	String removeLine(@PathVariable long id, @PathVariable long lineId, @RequestParam long version, Model model,
			RedirectAttributes redirect) {
		Actor actor = current.get();
		try {
			dossiers.removeBudgetLine(actor, id, version, lineId);
			redirect.addFlashAttribute("flash", feedback.message("dossiers.removed"));
			return "redirect:/dossiers/" + id + "/budget";
		}
		catch (StaleDossier stale) {
			feedback.stale(model, stale);
			return budgetPage(model, stale.current(), new LinkedHashMap<>(Map.of("kind", "EXPENSE", "label", "",
					"amount", "")));
		}
	}

	// ------------------------------------------------------------------------------------------------ attachments

	@GetMapping("/dossiers/{id}/pieces")
	String attachmentsForm(@PathVariable long id, Model model) {
		Dossier dossier = dossiers.editable(current.get(), id);
		return attachmentsPage(model, dossier, "");
	}

	private String attachmentsPage(Model model, Dossier dossier, String title) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("title", title);
		model.addAttribute("accepted", CallFiles.accepted());
		Feedback.defaults(model);
		return "calls/dossiers/attachments";
	}

	@PostMapping("/dossiers/{id}/pieces")
	String addAttachment(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String title, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) {
		Actor actor = current.get();
		Dossier dossier = dossiers.editable(actor, id);
		try {
			dossiers.addAttachment(actor, id, version, title, file);
			redirect.addFlashAttribute("flash", feedback.message("dossiers.attachments.added"));
			return "redirect:/dossiers/" + id + "/pieces";
		}
		catch (RefusedFile refused) {
			feedback.refusedFile(model, "file", refused);
			return attachmentsPage(model, dossier, title == null ? "" : title);
		}
		catch (DossierRefused refused) {
			feedback.refused(model, refused);
			return attachmentsPage(model, dossier, title == null ? "" : title);
		}
		catch (StaleDossier stale) {
			feedback.stale(model, stale);
			return attachmentsPage(model, stale.current(), title == null ? "" : title);
		}
	}

	@PostMapping("/dossiers/{id}/pieces/{attachmentId}/supprimer")
	String removeAttachment(@PathVariable long id, @PathVariable long attachmentId, @RequestParam long version,
			Model model, RedirectAttributes redirect) {
		Actor actor = current.get();
		try {
			dossiers.removeAttachment(actor, id, version, attachmentId);
			redirect.addFlashAttribute("flash", feedback.message("dossiers.removed"));
			return "redirect:/dossiers/" + id + "/pieces";
		}
		catch (StaleDossier stale) {
			feedback.stale(model, stale);
			return attachmentsPage(model, stale.current(), "");
		}
	}

	@GetMapping("/dossiers/{id}/pieces/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		var file = dossiers.attachmentFile(current.get(), id, attachmentId).orElseThrow(DossierNotFound::new);
		try {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.getKey().contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename(file.getKey().fileName(), StandardCharsets.UTF_8)
					.build()
					.toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(Files.readAllBytes(file.getValue()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
