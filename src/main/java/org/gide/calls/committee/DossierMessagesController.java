package org.gide.calls.committee;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The thread between the Mission ESS and a dossier's applicants, kept with the dossier. */
@Controller
class DossierMessagesController {

	static final int MAX_LENGTH = 8000;

	private final Committee committee;

	private final Viewer.Current current;

	DossierMessagesController(Committee committee, Viewer.Current current) {
		this.committee = committee;
		this.current = current;
	}

	@GetMapping("/dossiers/{id:\\d+}/messages")
	String thread(@PathVariable long id, Model model) {
		Viewer viewer = current.get();
		return page(committee.threadOf(id, viewer), viewer, model, "", null);
	}

	private String page(Committee.Dossier dossier, Viewer viewer, Model model, String body, String error) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("call", committee.call(dossier.callId()));
		model.addAttribute("messages", committee.messages(dossier.id()));
		model.addAttribute("agent", viewer.agent());
		model.addAttribute("body", body);
		model.addAttribute("bodyError", error);
		if (error != null) {
			model.addAttribute("error", "committee.form.invalid");
		}
		return "calls/committee/messages";
	}

	@PostMapping("/dossiers/{id:\\d+}/messages")
	String post(@PathVariable long id, @RequestParam(defaultValue = "") String body, Model model,
			RedirectAttributes redirect) {
		Viewer viewer = current.get();
		Committee.Dossier dossier = committee.threadOf(id, viewer);
		String text = body.strip();
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			return page(dossier, viewer, model, body,
					text.isEmpty() ? "committee.message.error.required" : "committee.message.error.long");
		}
		committee.post(dossier, viewer, text);
		redirect.addFlashAttribute("flash", "committee.message.sent");
		return "redirect:/dossiers/" + id + "/messages";
	}

}
