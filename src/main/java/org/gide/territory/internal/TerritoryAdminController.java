package org.gide.territory.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.territory.Territories;

/** Territory editing for the Mission ESS: list, create, edit, delete. */
@Controller
@RequestMapping("/admin/territoires")
class TerritoryAdminController {

	private final TerritoryEditor editor;

	private final Territories territories;

	TerritoryAdminController(TerritoryEditor editor, Territories territories) {
		this.editor = editor;
		this.territories = territories;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("territories", territories.list());
		return "territory/admin-list";
	}

	@GetMapping("/nouveau")
	String newForm(Model model) {
		return form(model, new TerritoryForm(), null);
	}

	@PostMapping("/nouveau")
	String create(@ModelAttribute("form") TerritoryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			Territory created = editor.create(form);
			redirect.addFlashAttribute("saved", created.getName());
			return "redirect:/admin/territoires";
		}
		catch (TerritoryEditException ex) {
			return rejected(ex, errors, model, form, null);
		}
		catch (DataIntegrityViolationException ex) {
			model.addAttribute("conflict", true);
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable long id, Model model) {
		Territory territory = editor.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		TerritoryForm form = TerritoryForm.of(territory.getName(), territory.getDescription(),
				territory.getEpciCodes().stream().sorted().toList(), editor.communeLines(territory));
		form.setVersion(territory.getVersion());
		return form(model, form, territory);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") TerritoryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Territory territory = editor.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			Territory saved = editor.update(id, form);
			redirect.addFlashAttribute("saved", saved.getName());
			return "redirect:/admin/territoires";
		}
		catch (TerritoryEditException ex) {
			return rejected(ex, errors, model, form, territory);
		}
		catch (TerritoryConflictException | ObjectOptimisticLockingFailureException
				| DataIntegrityViolationException ex) {
			model.addAttribute("conflict", true);
			return form(model, form, territory);
		}
	}

	@PostMapping("/{id}/suppression")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		Territory territory = editor.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		try {
			editor.delete(id, version);
			redirect.addFlashAttribute("deleted", territory.getName());
			return "redirect:/admin/territoires";
		}
		catch (TerritoryConflictException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("conflict", true);
			return "redirect:/admin/territoires/" + id;
		}
	}

	private String rejected(TerritoryEditException ex, BindingResult errors, Model model, TerritoryForm form,
			Territory territory) {
		ex.problems().forEach(p -> errors.rejectValue(p.field(), p.code(), p.args(), p.code()));
		return form(model, form, territory);
	}

	private String form(Model model, TerritoryForm form, Territory territory) {
		model.addAttribute("form", form);
		model.addAttribute("territory", territory);
		model.addAttribute("epcis", territories.epcis());
		// Which EPCI another territory already holds, so the form can say so next to each checkbox.
		Map<String, String> elsewhere = new HashMap<>();
		territories.list()
			.stream()
			.filter(t -> territory == null || t.id() != territory.getId())
			.forEach(t -> t.epcis().forEach(e -> elsewhere.put(e.code(), t.nom())));
		model.addAttribute("epciElsewhere", elsewhere);
		return "territory/admin-form";
	}

}
