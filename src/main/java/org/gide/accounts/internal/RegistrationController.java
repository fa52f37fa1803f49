package org.gide.accounts.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Registration, email verification and password reset: the pages reached without being signed in. */
@Controller
class RegistrationController {

	private final AccountService service;

	RegistrationController(AccountService service) {
		this.service = service;
	}

	@GetMapping("/inscription")
	String registrationForm(Model model) {
		model.addAttribute("form", new AccountService.Registration("", "", "", ""));
		return "accounts/register";
	}

	@PostMapping("/inscription")
	String register(@ModelAttribute("form") AccountService.Registration form, Locale locale, Model model) {
		Map<String, String> errors = service.register(form, locale);
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return "accounts/register";
		}
		model.addAttribute("email", Account.normalize(form.email()));
		return "accounts/register-done";
	}

	@GetMapping("/inscription/confirmation")
	String verify(@RequestParam(name = "jeton", required = false) String token, Model model) {
		String outcome = service.verify(token);
		model.addAttribute("outcome", outcome);
		model.addAttribute("success", "accounts.verify.done".equals(outcome));
		return "accounts/verify";
	}

	@GetMapping("/inscription/renvoyer")
	String resendForm() {
		return "accounts/resend";
	}

	@PostMapping("/inscription/renvoyer")
	String resend(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
		service.resendVerification(email, locale);
		model.addAttribute("sent", true);
		return "accounts/resend";
	}

	@GetMapping("/mot-de-passe-oublie")
	String forgotForm() {
		return "accounts/forgot";
	}

	@PostMapping("/mot-de-passe-oublie")
	String forgot(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
		service.requestReset(email, locale);
		model.addAttribute("sent", true);
		return "accounts/forgot";
	}

	@GetMapping("/mot-de-passe/reinitialiser")
	String resetForm(@RequestParam(name = "jeton", required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("linkProblem", service.resetLinkProblem(token));
		return "accounts/reset";
	}

	@PostMapping("/mot-de-passe/reinitialiser")
	String reset(@RequestParam(name = "jeton", defaultValue = "") String token,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
			Model model) {
		Map<String, String> errors = service.resetPassword(token, password, confirmation);
		if (errors.isEmpty()) {
			return "redirect:/connexion?reinitialise";
		}
		model.addAttribute("token", token);
		model.addAttribute("linkProblem", errors.get("jeton"));
		model.addAttribute("errors", errors);
		return "accounts/reset";
	}

}
