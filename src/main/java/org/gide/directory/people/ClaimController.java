package org.gide.directory.people;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.gide.directory.internal.Organisation;

/**
 * A signed-in user claims an organisation: by a mail at its domain (the link leads to a page whose button
 * confirms, so that mail scanners opening links consume nothing) or by asking the Mission ESS.
 */
@Controller
class ClaimController {

	private final ClaimService claims;

	private final OrganisationEditing editing;

	private final CurrentPerson current;

	private final OrganisationAdmins admins;

	ClaimController(ClaimService claims, OrganisationEditing editing, CurrentPerson current,
			OrganisationAdmins admins) {
		this.claims = claims;
		this.editing = editing;
		this.current = current;
		this.admins = admins;
	}

	private Person person() {
		return current.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	@GetMapping("/annuaire/{id:\\d+}/revendiquer")
	String claimPage(@PathVariable long id, Model model) {
		return page(model, editing.load(id), person(), null, null, null, null);
	}

	@PostMapping("/annuaire/{id:\\d+}/revendiquer/courriel")
	String byEmail(@PathVariable long id, @RequestParam(defaultValue = "") String adresse,
			@RequestParam(required = false) String domaine, Model model) {
		Organisation organisation = editing.load(id);
		Person person = person();
		try {
			String address = claims.startByEmail(id, person, adresse, domaine);
			model.addAttribute("organisation", organisation);
			model.addAttribute("address", address);
			return "directory/people/claim-sent";
		}
		catch (PeopleException e) {
			return page(model, organisation, person, e, adresse, domaine, null);
		}
	}

	@PostMapping("/annuaire/{id:\\d+}/revendiquer/moderation")
	String byModeration(@PathVariable long id, @RequestParam(defaultValue = "") String message, Model model) {
		Organisation organisation = editing.load(id);
		Person person = person();
		try {
			claims.startByModeration(id, person, message);
			model.addAttribute("organisation", organisation);
			return "directory/people/claim-requested";
		}
		catch (PeopleException e) {
			return page(model, organisation, person, e, null, null, message);
		}
	}

	private String page(Model model, Organisation organisation, Person person, PeopleException error, String adresse,
			String domaine, String message) {
		Set<String> domains = claims.domains(organisation.getId());
		model.addAttribute("organisation", organisation);
		model.addAttribute("domains", domains);
		model.addAttribute("administrator", admins.isAdmin(organisation.getId(), person.id()));
		model.addAttribute("pendingModeration", claims.hasPendingModeration(organisation.getId(), person.id()));
		model.addAttribute("error", error);
		model.addAttribute("adresse", adresse);
		model.addAttribute("domaine", domaine == null && !domains.isEmpty() ? domains.iterator().next() : domaine);
		model.addAttribute("message", message);
		return "directory/people/claim";
	}

	@GetMapping("/annuaire/revendication/confirmer")
	String landing(@RequestParam(defaultValue = "") String jeton, Model model, HttpServletResponse response) {
		Optional<ClaimService.Landing> landing = claims.landing(jeton);
		model.addAttribute("landing", landing.orElse(null));
		model.addAttribute("jeton", jeton);
		model.addAttribute("done", false);
		return "directory/people/claim-confirm";
	}

	@PostMapping("/annuaire/revendication/confirmer")
	String confirm(@RequestParam(defaultValue = "") String jeton, Model model) {
		Optional<ClaimService.Landing> landing = claims.confirm(jeton);
		model.addAttribute("landing", landing.orElse(null));
		model.addAttribute("jeton", null);
		model.addAttribute("done", true);
		return "directory/people/claim-confirm";
	}

}
