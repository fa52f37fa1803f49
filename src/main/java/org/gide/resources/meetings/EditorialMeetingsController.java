package org.gide.resources.meetings;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.resources.item.ResourceActor;
import org.gide.resources.item.ResourceActors;

/** The editorial committee's meetings: the list and the form recording one (committee only). */
@Controller
class EditorialMeetingsController {

	private final EditorialMeetings meetings;

	private final ResourceActors actors;

	private final Clock clock;

	EditorialMeetingsController(EditorialMeetings meetings, ResourceActors actors, ObjectProvider<Clock> clock) {
		this.meetings = meetings;
		this.actors = actors;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	private ResourceActor committee() {
		return actors.current()
			.filter(ResourceActor::committee)
			.orElseThrow(() -> new AccessDeniedException("Editorial committee only"));
	}

	@GetMapping("/comite-editorial/reunions")
	String list(Model model) {
		committee();
		MeetingForm form = new MeetingForm();
		form.setHeldOn(LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Paris"))).toString());
		return page(model, form);
	}

	@PostMapping("/comite-editorial/reunions")
	String record(@ModelAttribute("form") MeetingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ResourceActor actor = committee();
		try {
			long id = meetings.record(form, actor);
			redirect.addFlashAttribute("flash", "resources.meetings.recorded");
			return "redirect:/comite-editorial/reunions#reunion-" + id;
		}
		catch (EditorialMeetings.Refused refused) {
			for (EditorialMeetings.Problem p : refused.problems()) {
				errors.rejectValue(p.field(), p.code(), p.args(), p.code());
			}
			return page(model, form);
		}
	}

	private String page(Model model, MeetingForm form) {
		model.addAttribute("form", form);
		model.addAttribute("meetings", meetings.all());
		return "resources/measures/meetings";
	}

}
