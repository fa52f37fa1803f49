package org.gide.directory.people;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
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

import org.gide.accounts.AccountSummary;
import org.gide.accounts.Accounts;
import org.gide.directory.CooperativeKind;
import org.gide.directory.EmployeeBand;
import org.gide.directory.InclusionType;
import org.gide.directory.OrganisationConflictException;
import org.gide.directory.internal.Organisation;
import org.gide.directory.internal.OrganisationHistory;

/**
 * Editing of an organisation by its administrators and agents, its public history, its logo and its
 * administrators.
 */
@Controller
class OrganisationEditController {

	static final int HISTORY_PAGE_SIZE = 20;

	private final OrganisationEditing editing;

	private final CurrentPerson current;

	private final OrganisationAdmins admins;

	private final OrganisationHistory history;

	private final LogoStore logos;

	private final Accounts accounts;

	OrganisationEditController(OrganisationEditing editing, CurrentPerson current, OrganisationAdmins admins,
			OrganisationHistory history, LogoStore logos, Accounts accounts) {
		this.editing = editing;
		this.current = current;
		this.admins = admins;
		this.history = history;
		this.logos = logos;
		this.accounts = accounts;
	}

	/** The signed-in person if they may edit this organisation; otherwise the 403 page (or the login form). */
	private Person editor(long id) {
		Person person = current.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
		if (!person.agent() && !admins.isAdmin(id, person.id())) {
			throw new AccessDeniedException("Not an administrator of organisation " + id);
		}
		return person;
	}

	@GetMapping("/annuaire/{id:\\d+}/modifier")
	String editForm(@PathVariable long id, Model model) {
		Organisation organisation = editing.load(id);
		Person person = editor(id);
		return form(model, organisation, editing.form(organisation), person);
	}

	@PostMapping("/annuaire/{id:\\d+}/modifier")
	String edit(@PathVariable long id, @ModelAttribute("form") OrganisationForm form, BindingResult errors,
			@RequestParam(name = "logo", required = false) MultipartFile logo, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = editing.load(id);
		Person person = editor(id);
		if (errors.hasErrors()) {
			// Only a malformed version can fail binding: the form did not come from this page.
			return "redirect:/annuaire/" + id + "/modifier";
		}
		try {
			editing.save(id, form, logo, person, admins.isAdmin(id, person.id()));
			redirect.addFlashAttribute("flash", "people.edit.saved");
			return "redirect:/annuaire/" + id + "/modifier";
		}
		catch (OrganisationEditing.Refused refused) {
			refused.problems.forEach(p -> {
				if ("logo".equals(p.field())) {
					model.addAttribute("logoError", p);
				}
				else if (hasField(p.field())) {
					errors.rejectValue(p.field(), p.code(), p.args(), p.code());
				}
				else {
					errors.reject(p.code(), p.args(), p.code());
				}
			});
			return form(model, organisation, form, person);
		}
		catch (OrganisationConflictException conflict) {
			Organisation now = editing.load(id);
			model.addAttribute("conflict", editing.differences(now, form));
			form.setVersion(now.getVersion());
			return form(model, now, form, person);
		}
	}

	private static boolean hasField(String field) {
		return List.of("name", "acronym", "siren", "siret", "rna", "legalCategory", "declaredCooperativeKind",
				"creationDate", "description", "naf", "address", "postalCode", "commune", "employeeBand", "volunteers",
				"inclusionType", "goodsServices", "resourceServices", "publicWebsite", "publicEmail", "publicPhone")
			.contains(field);
	}

	private String form(Model model, Organisation organisation, OrganisationForm form, Person person) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("form", form);
		model.addAttribute("agent", person.agent());
		model.addAttribute("bands", EmployeeBand.values());
		model.addAttribute("inclusionTypes", InclusionType.values());
		model.addAttribute("cooperativeKinds", CooperativeKind.values());
		model.addAttribute("logoMaxKb", logos.maxBytes() / 1024);
		return "directory/people/edit";
	}

	@GetMapping("/annuaire/{id:\\d+}/historique")
	String history(@PathVariable long id, @RequestParam(defaultValue = "1") String page, Model model) {
		Organisation organisation = editing.load(id);
		long total = history.count(id);
		int pages = (int) Math.max(1, (total + HISTORY_PAGE_SIZE - 1) / HISTORY_PAGE_SIZE);
		int number;
		try {
			number = Math.min(Math.max(1, Integer.parseInt(page)), pages);
		}
		catch (NumberFormatException e) {
			number = 1;
		}
		boolean seesAuthors = current.get().map(p -> p.agent() || admins.isAdmin(id, p.id())).orElse(false);
		model.addAttribute("organisation", organisation);
		model.addAttribute("changes", history.changes(id, number - 1, HISTORY_PAGE_SIZE));
		model.addAttribute("seesAuthors", seesAuthors);
		model.addAttribute("page", number);
		model.addAttribute("pages", pages);
		model.addAttribute("total", total);
		return "directory/people/history";
	}

	@GetMapping("/annuaire/{id:\\d+}/logo")
	ResponseEntity<Resource> logo(@PathVariable long id) throws IOException {
		Organisation organisation = editing.load(id);
		Optional<Path> file = logos.resolve(organisation.getLogoPath()).filter(Files::isRegularFile);
		Optional<LogoStore.Format> format = Optional.ofNullable(organisation.getLogoPath())
			.flatMap(LogoStore.Format::ofExtension);
		if (file.isEmpty() || format.isEmpty()) {
			throw new OrganisationNotFound(id);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(format.get().contentType))
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.contentLength(Files.size(file.get()))
			.body(new FileSystemResource(file.get()));
	}

	@GetMapping("/annuaire/{id:\\d+}/administrateurs")
	String administrators(@PathVariable long id, Model model) {
		Organisation organisation = editing.load(id);
		editor(id);
		return administratorsPage(model, organisation, null, null);
	}

	@PostMapping("/annuaire/{id:\\d+}/administrateurs")
	String addAdministrator(@PathVariable long id, @RequestParam(defaultValue = "") String email, Model model,
			RedirectAttributes redirect) {
		Organisation organisation = editing.load(id);
		Person person = editor(id);
		Optional<AccountSummary> account = email.isBlank() ? Optional.empty() : accounts.findByEmail(email.strip());
		if (account.isEmpty()) {
			return administratorsPage(model, organisation, email,
					email.isBlank() ? "people.admins.error.email.required" : "people.admins.error.unknown");
		}
		boolean added = admins.grant(id, account.get().id(), account.get().email(), account.get().displayName(),
				person.id());
		redirect.addFlashAttribute("flash", added ? "people.admins.added" : "people.admins.already");
		return "redirect:/annuaire/" + id + "/administrateurs";
	}

	@PostMapping("/annuaire/{id:\\d+}/administrateurs/{accountId:\\d+}/retrait")
	String removeAdministrator(@PathVariable long id, @PathVariable long accountId, RedirectAttributes redirect) {
		editing.load(id);
		editor(id);
		redirect.addFlashAttribute("flash",
				admins.revoke(id, accountId) ? "people.admins.removed" : "people.admins.notAdmin");
		return "redirect:/annuaire/" + id + "/administrateurs";
	}

	private String administratorsPage(Model model, Organisation organisation, String email, String error) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("admins", admins.list(organisation.getId()));
		model.addAttribute("email", email);
		model.addAttribute("error", error);
		return "directory/people/administrators";
	}

}
