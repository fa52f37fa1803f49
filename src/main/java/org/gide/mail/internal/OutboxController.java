package org.gide.mail.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The local outbox, readable by administrators where no SMTP server is used (development profile). */
@Controller
@ConditionalOnProperty(name = "gide.mail.outbox-viewer", havingValue = "true")
class OutboxController {

	private final OutboxMailRepository outbox;

	OutboxController(OutboxMailRepository outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/courriels")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("mails", outbox.findAllByOrderByIdDesc(PageRequest.of(Math.max(page, 0), 20)));
		return "mail/outbox";
	}

}
