package org.gide.calls.dossiers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.directory.OrganisationNames;

/**
 * Partners of a dossier: the co-authors invite organisations found by name, SIRET or RNA and name their own
 * signatory; an administrator of an invited organisation accepts or declines the invitation.
 */
@Controller
class DossierPartnerController {

	private final Dossiers dossiers;

	private final CurrentActor current;

	private final Feedback feedback;

	private final OrganisationNames names;

	DossierPartnerController(Dossiers dossiers, CurrentActor current, Feedback feedback, OrganisationNames names) {
		this.dossiers = dossiers;
		this.current = current;
		this.feedback = feedback;
		this.names = names;
	}

	@ExceptionHandler(DossierFrozen.class)
	String frozen(DossierFrozen frozen, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", feedback.message("dossiers.frozen"));
		return "redirect:/dossiers/" + frozen.dossierId();
	}

	@GetMapping("/dossiers/{id}/partenaires")
	String partners(@PathVariable long id, @RequestParam(name = "q", required = false) String query, Model model) {
		Actor actor = current.get();
		Dossier dossier = dossiers.editable(actor, id);
		return page(model, actor, dossier, query);
	}

	private String page(Model model, Actor actor, Dossier dossier, String query) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("access", dossiers.access(actor, dossier));
		model.addAttribute("query", query == null ? "" : query);
		List<OrganisationNames.Match> matches = query == null ? List.of() : names.find(query, 20);
		model.addAttribute("matches", matches);
		model.addAttribute("finder", finderLink(dossier));
		Feedback.defaults(model);
		if (!model.containsAttribute("signatory")) {
			model.addAttribute("signatory", Map.of());
		}
		return "calls/dossiers/partners";
	}

	/**
	 * The partner finder of the needs part, with the dossier's themes, its lead organisation ({@code chef}: places the
	 * search and counts its sector as covered) and its organisations excluded.
	 */
	private String finderLink(Dossier dossier) {
		StringBuilder link = new StringBuilder("/partenaires?");
		dossier.themes().forEach(t -> link.append("theme=").append(t).append('&'));
		link.append("chef=").append(dossier.leadOrganisation()).append('&');
		link.append("exclure=");
		link.append(String.join(",", dossier.partners().stream().map(p -> String.valueOf(p.organisationId())).toList()));
		return link.toString();
	}

	@PostMapping("/dossiers/{id}/partenaires")
	String invite(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Long organisation, @RequestParam(name = "q", required = false) String query,
			Model model, RedirectAttributes redirect) {
		Actor actor = current.get();
		Dossier dossier = dossiers.editable(actor, id);
		try {
			if (organisation == null) {
				throw new DossierRefused("organisation", "dossiers.partners.error.unknown");
			}
			List<String> recipients = dossiers.invite(actor, id, version, organisation);
			redirect.addFlashAttribute("flash", recipients.isEmpty()
					? feedback.message("dossiers.partners.invited.noAdmin", dossiers.name(organisation))
					: feedback.message("dossiers.partners.invited", dossiers.name(organisation), recipients.size()));
			return "redirect:/dossiers/" + id + "/partenaires";
		}
		catch (DossierRefused refused) {
			feedback.refused(model, refused);
			return page(model, actor, dossier, query);
		}
		catch (StaleDossier stale) {
			feedback.stale(model, stale);
			return page(model, actor, stale.current(), query);
		}
	}

	@PostMapping("/dossiers/{id}/signataire")
	String signatory(@PathVariable long id, @RequestParam long version, @RequestParam long organisationId,
			@RequestParam(required = false) String signatoryName, @RequestParam(required = false) String signatoryRole,
			@RequestParam(required = false) String budgetShare, Model model, RedirectAttributes redirect) {
		Actor actor = current.get();
		Dossier dossier = dossiers.editable(actor, id);
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("organisationId", organisationId);
		form.put("signatoryName", signatoryName == null ? "" : signatoryName);
		form.put("signatoryRole", signatoryRole == null ? "" : signatoryRole);
		form.put("budgetShare", budgetShare == null ? "" : budgetShare);
		model.addAttribute("signatory", form);
		try {
			dossiers.setSignatory(actor, id, version, organisationId, signatoryName, signatoryRole, budgetShare);
			redirect.addFlashAttribute("flash", feedback.message("dossiers.saved"));
			return "redirect:/dossiers/" + id + "/partenaires";
		}
		catch (DossierRefused refused) {
			feedback.refused(model, refused);
			return page(model, actor, dossier, null);
		}
		catch (StaleDossier stale) {
			feedback.stale(model, stale);
			return page(model, actor, stale.current(), null);
		}
	}

	@GetMapping("/dossiers/{id}/invitation")
	String invitation(@PathVariable long id, Model model) {
		Actor actor = current.get();
		Dossier dossier = dossiers.load(id).orElseThrow(DossierNotFound::new);
		Dossiers.Access access = dossiers.access(actor, dossier);
		if (!access.invited()) {
			throw new DossierNotFound();
		}
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("organisationId", access.invitedOrganisations().iterator().next());
		form.put("decision", "accept");
		return invitationPage(model, dossier, access, form);
	}

	private String invitationPage(Model model, Dossier dossier, Dossiers.Access access, Map<String, Object> form) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("access", access);
		model.addAttribute("call", dossiers.call(dossier.callId()).orElseThrow(DossierNotFound::new));
		model.addAttribute("invited", dossier.partners().stream()
			.filter(p -> access.invitedOrganisations().contains(p.organisationId())).toList());
		model.addAttribute("form", form);
		Feedback.defaults(model);
		return "calls/dossiers/invitation";
	}

	@PostMapping("/dossiers/{id}/invitation")
	String answer(@PathVariable long id, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String signatoryName,
			@RequestParam(required = false) String signatoryRole, @RequestParam(required = false) String budgetShare,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		Actor actor = current.get();
		Dossier dossier = dossiers.load(id).orElseThrow(DossierNotFound::new);
		Dossiers.Access access = dossiers.access(actor, dossier);
		if (!access.invited()) {
			throw new DossierNotFound();
		}
		boolean accept = !"decline".equals(decision);
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("organisationId", organisationId);
		form.put("decision", accept ? "accept" : "decline");
		form.put("signatoryName", signatoryName == null ? "" : signatoryName);
		form.put("signatoryRole", signatoryRole == null ? "" : signatoryRole);
		form.put("budgetShare", budgetShare == null ? "" : budgetShare);
		form.put("reason", reason == null ? "" : reason);
		try {
			if (organisationId == null || (!"accept".equals(decision) && !"decline".equals(decision))) {
				throw new DossierRefused(organisationId == null ? "organisationId" : "decision",
						organisationId == null ? "dossiers.invitation.error.organisation"
								: "dossiers.invitation.error.decision");
			}
			dossiers.answer(actor, id, organisationId, accept, signatoryName, signatoryRole, budgetShare, reason);
			if (accept) {
				redirect.addFlashAttribute("flash", feedback.message("dossiers.invitation.accepted"));
				return "redirect:/dossiers/" + id;
			}
			redirect.addFlashAttribute("flash", feedback.message("dossiers.invitation.declined"));
			return "redirect:/dossiers";
		}
		catch (DossierRefused refused) {
			feedback.refused(model, refused);
			return invitationPage(model, dossier, access, form);
		}
	}

}
