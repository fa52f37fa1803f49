package org.gide.directory.imports;

import java.security.Principal;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.directory.OrganisationConflictException;
import org.gide.web.Viewer;

/** Possible duplicates for agents: the list, the side-by-side merge screen, and "not a duplicate". */
@Controller
@RequestMapping("/admin/annuaire/doublons")
class DuplicateController {

	private final DuplicateService duplicates;

	DuplicateController(DuplicateService duplicates) {
		this.duplicates = duplicates;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("candidates", duplicates.candidates(200));
		return "directory-imports/duplicates";
	}

	@GetMapping("/{a}/{b}")
	String mergeForm(@PathVariable long a, @PathVariable long b, Model model) {
		return mergePage(model, a, b);
	}

	@PostMapping("/{a}/{b}")
	String merge(@PathVariable long a, @PathVariable long b, @RequestParam(name = "garder", required = false) Long kept,
			@RequestParam(name = "versionA", required = false) Long versionA,
			@RequestParam(name = "versionB", required = false) Long versionB,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect, Principal principal) {
		DuplicateService.Side first = side(a);
		side(b);
		if (versionA == null || versionB == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (kept == null || (kept != a && kept != b)) {
			model.addAttribute("keptMissing", true);
			return mergePage(model, a, b);
		}
		long removed = kept == a ? b : a;
		// The form says, per field, "a" or "b"; the service wants "kept" or "removed".
		Map<String, String> choices = new java.util.HashMap<>();
		for (String field : DuplicateService.FIELDS.keySet()) {
			String side = form.getOrDefault("champ-" + field, kept == a ? "a" : "b");
			long from = "a".equals(side) ? a : b;
			choices.put(field, from == kept ? "kept" : "removed");
		}
		try {
			duplicates.merge(kept, kept == a ? versionA : versionB, removed, kept == a ? versionB : versionA, choices,
					"Fusion par " + author(principal));
		}
		catch (OrganisationConflictException ex) {
			model.addAttribute("conflict", true);
			return mergePage(model, a, b);
		}
		redirect.addFlashAttribute("merged", first.values().get("name"));
		return "redirect:/admin/annuaire/doublons";
	}

	@PostMapping("/{a}/{b}/ecarter")
	String dismiss(@PathVariable long a, @PathVariable long b, RedirectAttributes redirect, Principal principal) {
		side(a);
		side(b);
		if (a == b) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		duplicates.dismiss(a, b, author(principal));
		redirect.addFlashAttribute("dismissed", true);
		return "redirect:/admin/annuaire/doublons";
	}

	private DuplicateService.Side side(long id) {
		return duplicates.side(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String mergePage(Model model, long a, long b) {
		if (a == b) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("a", side(a));
		model.addAttribute("b", side(b));
		model.addAttribute("fields", DuplicateService.FIELDS.keySet());
		return "directory-imports/merge";
	}

	private static String author(Principal principal) {
		if (principal instanceof org.springframework.security.core.Authentication auth
				&& auth.getPrincipal() instanceof Viewer viewer) {
			return viewer.displayName();
		}
		return principal == null ? "?" : principal.getName();
	}

}
