package org.gide.accounts.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: name, password, deletion. */
@Controller
class ProfileController {

	private final AccountService service;

	ProfileController(AccountService service) {
		this.service = service;
	}

	@GetMapping("/compte")
	String profile(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		Account account = service.account(me.id());
		model.addAttribute("account", AdminController.UserView.of(account));
		model.addAttribute("name", account.getDisplayName());
		return "accounts/profile";
	}

	@PostMapping("/compte/nom")
	String rename(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String displayName,
			Model model, RedirectAttributes redirect) {
		Map<String, String> errors = service.rename(me.id(), displayName);
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			model.addAttribute("account", AdminController.UserView.of(service.account(me.id())));
			model.addAttribute("name", displayName);
			return "accounts/profile";
		}
		me.renamed(displayName);
		redirect.addFlashAttribute("flash", "accounts.profile.renamed");
		return "redirect:/compte";
	}

	@PostMapping("/compte/mot-de-passe")
	String changePassword(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String current,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation,
			Model model, RedirectAttributes redirect) {
		Map<String, String> errors = service.changePassword(me.id(), current, password, confirmation);
		if (!errors.isEmpty()) {
			Account account = service.account(me.id());
			model.addAttribute("errors", errors);
			model.addAttribute("account", AdminController.UserView.of(account));
			model.addAttribute("name", account.getDisplayName());
			return "accounts/profile";
		}
		redirect.addFlashAttribute("flash", "accounts.profile.passwordChanged");
		return "redirect:/compte";
	}

	@GetMapping("/compte/suppression")
	String deletionForm() {
		return "accounts/delete";
	}

	@PostMapping("/compte/suppression")
	String delete(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String deletePassword,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model) {
		Map<String, String> errors = service.delete(me.id(), deletePassword);
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return "accounts/delete";
		}
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/connexion?supprime";
	}

}
