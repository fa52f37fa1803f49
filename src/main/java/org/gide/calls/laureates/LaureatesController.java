package org.gide.calls.laureates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.accounts.CurrentAccount;
import org.gide.calls.files.CallFiles;

/** The laureates' public pages, their deliverables and their retour d'expérience. */
@Controller
class LaureatesController {

	private final Laureates laureates;

	private final CurrentAccount current;

	private final CallFiles files;

	LaureatesController(Laureates laureates, CurrentAccount current, CallFiles files) {
		this.laureates = laureates;
		this.current = current;
		this.files = files;
	}

	/** The signed-in account, if any (agents: AGENT or ADMIN role, as read at login). */
	private Optional<Laureates.Actor> actor() {
		return current.get().map(a -> new Laureates.Actor(a.id(), a.displayName(), a.agent()));
	}

	private Laureates.Laureate laureate(long dossierId) {
		return laureates.find(dossierId).orElseThrow(() -> new LaureateNotFound("laureate " + dossierId));
	}

	/** The laureate and the actor, when the actor may act for it; otherwise 404 (no laureate) or 403. */
	private Laureates.Actor coAuthor(long dossierId) {
		laureate(dossierId);
		Laureates.Actor actor = actor().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!laureates.mayAct(actor, dossierId)) {
			throw new AccessDeniedException("Not a co-author of dossier " + dossierId);
		}
		return actor;
	}

	@GetMapping("/laureats")
	String list(Model model) {
		List<Laureates.Laureate> all = laureates.all();
		model.addAttribute("laureates", all);
		model.addAttribute("deliverables",
				all.stream().collect(java.util.stream.Collectors.toMap(Laureates.Laureate::dossierId,
						l -> laureates.deliverables(l.dossierId(), false))));
		return "calls/laureates/list";
	}

	@GetMapping("/laureats/{id:\\d+}")
	String page(@PathVariable long id, Model model) {
		Laureates.Laureate laureate = laureate(id);
		boolean coAuthor = actor().map(a -> laureates.mayAct(a, id)).orElse(false);
		model.addAttribute("laureate", laureate);
		model.addAttribute("coAuthor", coAuthor);
		model.addAttribute("deliverables", laureates.deliverables(id, coAuthor));
		if (coAuthor) {
			model.addAttribute("feedback", laureates.feedback(id).orElse(null));
		}
		return "calls/laureates/page";
	}

	@GetMapping("/laureats/{id:\\d+}/livrables/nouveau")
	String deliverableForm(@PathVariable long id, Model model) {
		coAuthor(id);
		return deliverablePage(model, laureate(id), new DeliverableForm());
	}

	@PostMapping("/laureats/{id:\\d+}/livrables/nouveau")
	String addDeliverable(@PathVariable long id, @ModelAttribute("form") DeliverableForm form, BindingResult errors,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) {
		Laureates.Actor actor = coAuthor(id);
		try {
			laureates.addDeliverable(id, form, file, actor);
			redirect.addFlashAttribute("flash", "laureates.deliverable.added");
			return "redirect:/laureats/" + id;
		}
		catch (Laureates.Refused refused) {
			refused.problems.forEach(p -> {
				if ("file".equals(p.field())) {
					model.addAttribute("fileError", p);
				}
				else {
					errors.rejectValue(p.field(), p.code(), p.args(), p.code());
				}
			});
			return deliverablePage(model, laureate(id), form);
		}
	}

	private String deliverablePage(Model model, Laureates.Laureate laureate, DeliverableForm form) {
		model.addAttribute("laureate", laureate);
		model.addAttribute("form", form);
		model.addAttribute("licences", Licence.values());
		model.addAttribute("accepted", CallFiles.accepted());
		model.addAttribute("maxMb", files.maxBytes() / (1024 * 1024));
		return "calls/laureates/deliverable";
	}

	@PostMapping("/laureats/{id:\\d+}/livrables/{deliverable:\\d+}/publier")
	String publish(@PathVariable long id, @PathVariable long deliverable, RedirectAttributes redirect) {
		coAuthor(id);
		if (!laureates.publish(id, deliverable)) {
			throw new LaureateNotFound("deliverable " + deliverable);
		}
		redirect.addFlashAttribute("flash", "laureates.deliverable.published");
		return "redirect:/laureats/" + id;
	}

	@PostMapping("/laureats/{id:\\d+}/livrables/{deliverable:\\d+}/depublier")
	String unpublish(@PathVariable long id, @PathVariable long deliverable, RedirectAttributes redirect) {
		coAuthor(id);
		if (!laureates.unpublish(id, deliverable)) {
			throw new LaureateNotFound("deliverable " + deliverable);
		}
		redirect.addFlashAttribute("flash", "laureates.deliverable.unpublished");
		return "redirect:/laureats/" + id;
	}

	@GetMapping("/livrables/{id:\\d+}/fichier")
	ResponseEntity<Resource> file(@PathVariable long id) throws IOException {
		Laureates.Deliverable deliverable = laureates.deliverable(id)
			.orElseThrow(() -> new LaureateNotFound("deliverable " + id));
		boolean visible = deliverable.published()
				|| actor().map(a -> laureates.mayAct(a, deliverable.dossierId())).orElse(false);
		Optional<Path> path = visible ? laureates.storageKey(id).flatMap(files::open) : Optional.empty();
		if (path.isEmpty()) {
			throw new LaureateNotFound("file of deliverable " + id);
		}
		String contentType = Files.probeContentType(path.get());
		return ResponseEntity.ok()
			.contentType(contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(deliverable.fileName(), StandardCharsets.UTF_8).build().toString())
			.cacheControl(deliverable.published() ? CacheControl.noCache() : CacheControl.noStore())
			.contentLength(Files.size(path.get()))
			.body(new FileSystemResource(path.get()));
	}

	@GetMapping("/laureats/{id:\\d+}/retour")
	String feedbackForm(@PathVariable long id, Model model) {
		coAuthor(id);
		Optional<Laureates.Feedback> feedback = laureates.feedback(id);
		return feedbackPage(model, laureate(id), feedback.map(FeedbackForm::of).orElseGet(FeedbackForm::new),
				feedback.orElse(null));
	}

	@PostMapping("/laureats/{id:\\d+}/retour")
	String saveFeedback(@PathVariable long id, @ModelAttribute("form") FeedbackForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Laureates.Actor actor = coAuthor(id);
		try {
			laureates.saveFeedback(id, form, actor);
			redirect.addFlashAttribute("flash", "laureates.feedback.saved");
			return "redirect:/laureats/" + id;
		}
		catch (Laureates.Refused refused) {
			refused.problems.forEach(p -> errors.rejectValue(p.field(), p.code(), p.args(), p.code()));
			return feedbackPage(model, laureate(id), form, laureates.feedback(id).orElse(null));
		}
	}

	private String feedbackPage(Model model, Laureates.Laureate laureate, FeedbackForm form,
			Laureates.Feedback feedback) {
		model.addAttribute("laureate", laureate);
		model.addAttribute("form", form);
		model.addAttribute("feedback", feedback);
		model.addAttribute("scores", List.of("1", "2", "3", "4", "5"));
		return "calls/laureates/feedback";
	}

}
