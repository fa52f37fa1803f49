package org.gide.calls.committee;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.web.RichText;

/** A committee member's pages: assigned dossiers, reading and scoring one, the synthesis of a call. */
@Controller
class CommitteeMemberController {

	private final Committee committee;

	private final Viewer.Current current;

	CommitteeMemberController(Committee committee, Viewer.Current current) {
		this.committee = committee;
		this.current = current;
	}

	@GetMapping("/comite")
	String mine(Model model) {
		Viewer viewer = current.get();
		model.addAttribute("assigned", committee.assignedTo(viewer.id()));
		model.addAttribute("waiting", committee.waitingCalls(viewer.id()));
		return "calls/committee/mine";
	}

	@GetMapping("/comite/dossiers/{id:\\d+}")
	String dossier(@PathVariable long id, Model model) {
		Viewer viewer = current.get();
		Committee.Dossier dossier = committee.readable(id, viewer);
		return dossierPage(dossier, viewer, model, Map.of(), Map.of(), null);
	}

	private String dossierPage(Committee.Dossier dossier, Viewer viewer, Model model, Map<Long, String> scoreErrors,
			Map<Long, String[]> input, String annotationError) {
		boolean conflicted = committee.conflicted(dossier.id(), viewer.id());
		List<Committee.Criterion> criteria = committee.criteria(dossier.callId());
		List<Committee.Score> scores = conflicted ? List.of() : committee.scores(dossier.id());
		Map<Long, Committee.Score> mine = new LinkedHashMap<>();
		scores.stream().filter(s -> s.accountId() == viewer.id()).forEach(s -> mine.put(s.criterionId(), s));
		model.addAttribute("call", committee.call(dossier.callId()));
		model.addAttribute("dossier", dossier);
		model.addAttribute("descriptionHtml", RichText.sanitize(dossier.descriptionHtml()));
		model.addAttribute("governanceHtml", RichText.sanitize(dossier.governanceHtml()));
		model.addAttribute("coAuthors", committee.applicants(dossier.id())
			.stream()
			.map(Committee.Applicant::organisationName)
			.distinct()
			.toList());
		model.addAttribute("criteria", criteria);
		Map<Long, String> labels = new LinkedHashMap<>();
		criteria.forEach(c -> labels.put(c.id(), c.label()));
		model.addAttribute("criterionLabels", labels);
		model.addAttribute("conflicted", conflicted);
		model.addAttribute("assigned", committee.assigned(dossier.id(), viewer.id()));
		model.addAttribute("mayScore", committee.mayScore(dossier, viewer));
		model.addAttribute("decided", committee.decided(dossier.id()));
		model.addAttribute("scores", scores);
		model.addAttribute("mine", mine);
		model.addAttribute("scoreErrors", scoreErrors);
		model.addAttribute("input", input);
		model.addAttribute("annotations", committee.annotations(dossier.id(), viewer.id()));
		model.addAttribute("annotationError", annotationError);
		return "calls/committee/dossier";
	}

	@PostMapping("/comite/dossiers/{id:\\d+}/conflit")
	String conflict(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		Viewer viewer = current.get();
		Committee.Dossier dossier = committee.readable(id, viewer);
		if (!committee.assigned(id, viewer.id())) {
			throw new AccessDeniedException("Only an assigned member declares a conflict");
		}
		committee.declareConflict(dossier, viewer, reason);
		redirect.addFlashAttribute("flash", "committee.conflict.declared");
		return "redirect:/comite/dossiers/" + id;
	}

	/** Saves the scores of the criteria present in the form ({@code score-<criterionId>}, {@code comment-<id>}). */
	@PostMapping("/comite/dossiers/{id:\\d+}/notes")
	String score(@PathVariable long id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Viewer viewer = current.get();
		Committee.Dossier dossier = committee.readable(id, viewer);
		if (!committee.mayScore(dossier, viewer)) {
			throw new AccessDeniedException("May not score dossier " + id);
		}
		Map<Long, String> errors = new LinkedHashMap<>();
		Map<Long, String[]> input = new LinkedHashMap<>();
		Map<Long, Integer> values = new LinkedHashMap<>();
		for (Committee.Criterion c : committee.criteria(dossier.callId())) {
			String raw = request.getParameter("score-" + c.id());
			String comment = request.getParameter("comment-" + c.id());
			comment = comment == null ? "" : comment.strip();
			if ((raw == null || raw.isBlank()) && comment.isEmpty()) {
				continue;
			}
			input.put(c.id(), new String[] { raw == null ? "" : raw, comment });
			Integer value = null;
			try {
				value = raw == null ? null : Integer.valueOf(raw.strip());
			}
			catch (NumberFormatException e) {
				value = null;
			}
			if (value == null || value < 0 || value > 5) {
				errors.put(c.id(), "committee.score.error.range");
			}
			else if (comment.length() > 4000) {
				errors.put(c.id(), "committee.score.error.long");
			}
			else {
				values.put(c.id(), value);
			}
		}
		if (input.isEmpty()) {
			errors.put(-1L, "committee.score.error.empty");
		}
		if (!errors.isEmpty()) {
			model.addAttribute("error", "committee.form.invalid");
			return dossierPage(dossier, viewer, model, errors, input, null);
		}
		values.forEach((criterion, value) -> committee.score(dossier, viewer, criterion, value, input.get(criterion)[1]));
		redirect.addFlashAttribute("flash", "committee.score.saved");
		return "redirect:/comite/dossiers/" + id;
	}

	@PostMapping("/comite/dossiers/{id:\\d+}/annotations")
	String annotate(@PathVariable long id, @RequestParam(defaultValue = "") String body, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = current.get();
		Committee.Dossier dossier = committee.readable(id, viewer);
		String text = body.strip();
		if (text.isEmpty() || text.length() > 4000) {
			model.addAttribute("error", "committee.form.invalid");
			model.addAttribute("annotationInput", body);
			return dossierPage(dossier, viewer, model, Map.of(), Map.of(),
					text.isEmpty() ? "committee.annotation.error.required" : "committee.annotation.error.long");
		}
		committee.annotate(dossier, viewer, text);
		redirect.addFlashAttribute("flash", "committee.annotation.saved");
		return "redirect:/comite/dossiers/" + id + "#annotations";
	}

	@GetMapping("/comite/appels/{id:\\d+}/synthese")
	String synthesis(@PathVariable long id, Model model) {
		Viewer viewer = current.get();
		committee.checkSynthesis(id, viewer);
		Committee.Call call = committee.call(id);
		// Before the deadline a member sees nothing of the dossiers.
		boolean open = viewer.agent() || call.deadlinePassed(committee.now());
		model.addAttribute("call", call);
		model.addAttribute("criteria", committee.criteria(id));
		model.addAttribute("rows", open ? committee.synthesis(id, viewer) : List.of());
		model.addAttribute("open", open);
		model.addAttribute("agent", viewer.agent());
		return "calls/committee/synthesis";
	}

}
