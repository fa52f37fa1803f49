package org.gide.resources.digest;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.gide.directory.Sector;
import org.gide.resources.ResourceType;
import org.gide.resources.reading.ResourceQuery;
import org.gide.territory.Territories;

/**
 * The weekly digest's public pages: subscribe (double opt-in; the page says the same whatever the address), confirm,
 * one-click unsubscribe with « annuler », and the undo itself.
 */
@Controller
class SubscriptionController {

	/** A pragmatic check: something@domain.tld, no spaces; the confirmation mail proves the rest. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’_.-]{0,58}[\\p{L}\\p{N}]");

	private final Subscriptions subscriptions;

	private final SubscriptionRateLimit limit;

	private final Territories territories;

	SubscriptionController(Subscriptions subscriptions, SubscriptionRateLimit limit, Territories territories) {
		this.subscriptions = subscriptions;
		this.limit = limit;
		this.territories = territories;
	}

	/** The form, prefilled from a listing's filter when linked from one ({@code ?type=offres&secteur=…}). */
	@GetMapping("/ressources/lettre")
	String form(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		ResourceQuery query = ResourceQuery.from(parameters);
		SubscriptionForm form = new SubscriptionForm();
		form.setType(query.types().stream().map(ResourceType::slug).toList());
		query.sectors().stream().findFirst().ifPresent(s -> form.setSecteur(s.name().toLowerCase(Locale.ROOT)));
		query.territories().stream().findFirst().ifPresent(form::setTerritoire);
		query.tags().stream().findFirst().ifPresent(form::setEtiquette);
		model.addAttribute("form", form);
		return page(model);
	}

	@PostMapping("/ressources/lettre")
	String subscribe(@ModelAttribute("form") SubscriptionForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		String email = form.getEmail().strip();
		if (email.isEmpty()) {
			errors.rejectValue("email", "resources.following.error.email.required");
		}
		else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
			errors.rejectValue("email", "resources.following.error.email.invalid");
		}
		String tag = form.getEtiquette().strip();
		if (!tag.isEmpty() && !TAG.matcher(tag.toLowerCase(Locale.ROOT)).matches()) {
			errors.rejectValue("etiquette", "resources.following.error.tag");
		}
		if (errors.hasErrors()) {
			return page(model);
		}
		if (!limit.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("limited", limit.perHour());
			return page(model);
		}
		subscriptions.subscribe(email, LocaleContextHolder.getLocale(), ResourceQuery.from(form.parameters()));
		redirect.addFlashAttribute("requested", email);
		return "redirect:/ressources/lettre";
	}

	@GetMapping("/ressources/lettre/confirmation")
	String confirm(@RequestParam(name = "jeton", required = false) String token, Model model) {
		model.addAttribute("outcome", subscriptions.confirm(token).name());
		return "resources/following/confirmation";
	}

	/** One click from the digest: unsubscribed at once (idempotent), with an « annuler » button. */
	@GetMapping("/ressources/lettre/desabonnement")
	String unsubscribe(@RequestParam(name = "jeton", required = false) String token, Model model) {
		subscriptions.unsubscribe(token).ifPresentOrElse(email -> {
			model.addAttribute("email", email);
			model.addAttribute("token", token.strip());
		}, () -> model.addAttribute("unknown", true));
		return "resources/following/unsubscribed";
	}

	@PostMapping("/ressources/lettre/reabonnement")
	String resubscribe(@RequestParam(name = "jeton", required = false) String token, Model model) {
		if (token == null || token.isBlank()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		model.addAttribute("resubscribed", subscriptions.resubscribe(token));
		return "resources/following/resubscribed";
	}

	private String page(Model model) {
		model.addAttribute("types", Arrays.asList(ResourceType.values()));
		model.addAttribute("sectors", Arrays.stream(Sector.values()).filter(s -> s != Sector.NON_CLASSE).toList());
		model.addAttribute("territories", territories.list());
		return "resources/following/subscribe";
	}

}
