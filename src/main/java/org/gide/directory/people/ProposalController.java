package org.gide.directory.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public proposes a missing organisation: anonymous or signed in (the contact email is then prefilled), with
 * a honeypot field and a per-address limit against robots.
 */
@Controller
class ProposalController {

	private final ProposalService proposals;

	private final ProposalRateLimit limit;

	private final CurrentPerson current;

	ProposalController(ProposalService proposals, ProposalRateLimit limit, CurrentPerson current) {
		this.proposals = proposals;
		this.limit = limit;
		this.current = current;
	}

	@GetMapping("/annuaire/proposer")
	String form(Model model) {
		ProposalForm form = new ProposalForm();
		current.get().ifPresent(p -> form.setContactEmail(p.email()));
		model.addAttribute("form", form);
		return "directory/people/propose";
	}

	@PostMapping("/annuaire/proposer")
	String propose(@ModelAttribute("form") ProposalForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (form.getWebsite2() != null && !form.getWebsite2().isBlank()) {
			// A robot filled the field people do not see: it is told the same as a person, and nothing is kept.
			return "redirect:/annuaire/proposer/merci";
		}
		String address = request.getRemoteAddr();
		if (!limit.tryAcquire(address)) {
			response.setStatus(429);
			model.addAttribute("limited", limit.perHour());
			return "directory/people/propose";
		}
		try {
			proposals.submit(form, current.get().map(Person::id).orElse(null));
			return "redirect:/annuaire/proposer/merci";
		}
		catch (ProposalService.Refused refused) {
			limit.release(address);
			refused.problems.forEach(p -> errors.rejectValue(p.field(), p.code(), p.args(), p.code()));
			model.addAttribute("existing", refused.existing);
			return "directory/people/propose";
		}
	}

	@GetMapping("/annuaire/proposer/merci")
	String thanks() {
		return "directory/people/propose-thanks";
	}

}
