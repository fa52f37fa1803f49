package org.gide.directory.people;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.directory.OrganisationConflictException;
import org.gide.directory.OrganisationDetails;

/** The moderation queues of the Mission ESS: claims to accept or reject, proposals to accept, merge or reject. */
@Controller
class ModerationController {

	private final ClaimService claims;

	private final ProposalService proposals;

	private final CurrentPerson current;

	ModerationController(ClaimService claims, ProposalService proposals, CurrentPerson current) {
		this.claims = claims;
		this.proposals = proposals;
		this.current = current;
	}

	private Person agent() {
		return current.get().filter(Person::agent).orElseThrow(() -> new AccessDeniedException("Agents only"));
	}

	// — claims

	@GetMapping("/admin/annuaire/revendications")
	String claims(Model model) {
		model.addAttribute("claims", claims.pending());
		return "directory/people/admin-claims";
	}

	@PostMapping("/admin/annuaire/revendications/{id:\\d+}/accepter")
	String acceptClaim(@PathVariable long id, RedirectAttributes redirect) {
		try {
			String name = claims.accept(id, agent());
			redirect.addFlashAttribute("done", "people.moderation.claim.accepted");
			redirect.addFlashAttribute("doneArg", name);
		}
		catch (PeopleException e) {
			redirect.addFlashAttribute("failure", e.code());
		}
		return "redirect:/admin/annuaire/revendications";
	}

	@PostMapping("/admin/annuaire/revendications/{id:\\d+}/refuser")
	String rejectClaim(@PathVariable long id, @RequestParam(defaultValue = "") String raison, Model model,
			RedirectAttributes redirect) {
		try {
			String name = claims.reject(id, agent(), raison);
			redirect.addFlashAttribute("done", "people.moderation.claim.rejected");
			redirect.addFlashAttribute("doneArg", name);
			return "redirect:/admin/annuaire/revendications";
		}
		catch (PeopleException e) {
			if (!"raison".equals(e.field())) {
				redirect.addFlashAttribute("failure", e.code());
				return "redirect:/admin/annuaire/revendications";
			}
			model.addAttribute("claims", claims.pending());
			model.addAttribute("reasonMissing", id);
			return "directory/people/admin-claims";
		}
	}

	// — proposals

	@GetMapping("/admin/annuaire/propositions")
	String proposals(Model model) {
		model.addAttribute("proposals", proposals.pending());
		return "directory/people/admin-proposals";
	}

	@GetMapping("/admin/annuaire/propositions/{id:\\d+}")
	String proposal(@PathVariable long id, @RequestParam(defaultValue = "") String recherche, Model model) {
		Proposal proposal = proposals.find(id).orElseThrow(() -> new OrganisationNotFound(id));
		return proposalPage(model, proposal, recherche, null, false);
	}

	private String proposalPage(Model model, Proposal proposal, String search, ProposalService.Refused refused,
			boolean reasonMissing) {
		model.addAttribute("proposal", proposal);
		model.addAttribute("commune", proposals.commune(proposal.getCommuneCode()).orElse(null));
		model.addAttribute("recherche", search);
		model.addAttribute("fields", ProposalService.MERGEABLE);
		model.addAttribute("candidates", proposals.candidates(search));
		model.addAttribute("problems", refused == null ? null : refused.problems);
		model.addAttribute("reasonMissing", reasonMissing);
		return "directory/people/admin-proposal";
	}

	@PostMapping("/admin/annuaire/propositions/{id:\\d+}/accepter")
	String acceptProposal(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			OrganisationDetails created = proposals.accept(id, agent());
			redirect.addFlashAttribute("done", "people.moderation.proposal.accepted");
			redirect.addFlashAttribute("doneArg", created.name());
			redirect.addFlashAttribute("doneId", created.id());
			return "redirect:/admin/annuaire/propositions";
		}
		catch (PeopleException e) {
			redirect.addFlashAttribute("failure", e.code());
			return "redirect:/admin/annuaire/propositions";
		}
		catch (ProposalService.Refused refused) {
			return proposalPage(model, proposals.find(id).orElseThrow(), "", refused, false);
		}
	}

	@PostMapping("/admin/annuaire/propositions/{id:\\d+}/refuser")
	String rejectProposal(@PathVariable long id, @RequestParam(defaultValue = "") String raison, Model model,
			RedirectAttributes redirect) {
		try {
			proposals.reject(id, agent(), raison);
			redirect.addFlashAttribute("done", "people.moderation.proposal.rejected");
			return "redirect:/admin/annuaire/propositions";
		}
		catch (PeopleException e) {
			if (!"raison".equals(e.field())) {
				redirect.addFlashAttribute("failure", e.code());
				return "redirect:/admin/annuaire/propositions";
			}
			return proposalPage(model, proposals.find(id).orElseThrow(), "", null, true);
		}
	}

	@GetMapping("/admin/annuaire/propositions/{id:\\d+}/fusion")
	String mergeForm(@PathVariable long id, @RequestParam long avec, Model model) {
		Proposal proposal = proposals.find(id).orElseThrow(() -> new OrganisationNotFound(id));
		return mergePage(model, proposal, avec, null, false);
	}

	private String mergePage(Model model, Proposal proposal, long targetId, ProposalService.Refused refused,
			boolean conflict) {
		Map<String, String> existing = proposals.current(targetId);
		model.addAttribute("proposal", proposal);
		model.addAttribute("targetId", targetId);
		model.addAttribute("targetVersion", version(targetId));
		model.addAttribute("existing", existing);
		model.addAttribute("fields", ProposalService.MERGEABLE);
		model.addAttribute("problems", refused == null ? null : refused.problems);
		model.addAttribute("conflict", conflict);
		return "directory/people/admin-merge";
	}

	private long version(long organisationId) {
		return proposals.version(organisationId);
	}

	@PostMapping("/admin/annuaire/propositions/{id:\\d+}/fusion")
	String merge(@PathVariable long id, @RequestParam Optional<Long> avec, @RequestParam Optional<Long> version,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		if (avec.isEmpty() || version.isEmpty()) {
			redirect.addFlashAttribute("failure", "people.moderation.error.noTarget");
			return "redirect:/admin/annuaire/propositions/" + id;
		}
		Map<String, String> choices = params.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("garder_"))
			.collect(Collectors.toMap(e -> e.getKey().substring("garder_".length()), Map.Entry::getValue));
		try {
			OrganisationDetails merged = proposals.merge(id, avec.get(), version.get(), choices, agent());
			redirect.addFlashAttribute("done", "people.moderation.proposal.merged");
			redirect.addFlashAttribute("doneArg", merged.name());
			redirect.addFlashAttribute("doneId", merged.id());
			return "redirect:/admin/annuaire/propositions";
		}
		catch (PeopleException e) {
			redirect.addFlashAttribute("failure", e.code());
			return "redirect:/admin/annuaire/propositions";
		}
		catch (ProposalService.Refused refused) {
			return mergePage(model, proposals.find(id).orElseThrow(), avec.get(), refused, false);
		}
		catch (OrganisationConflictException conflict) {
			return mergePage(model, proposals.find(id).orElseThrow(), avec.get(), null, true);
		}
	}

}
