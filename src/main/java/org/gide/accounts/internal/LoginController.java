package org.gide.accounts.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; Spring Security handles the POST (see {@link AccountsSecurity}). */
@Controller
class LoginController {

	static final String LAST_EMAIL = "accounts.lastEmail";

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@GetMapping("/connexion")
	String login(@RequestParam(name = "erreur", required = false) String error,
			@RequestParam(name = "supprime", required = false) String deleted, HttpSession session, Model model) {
		if (error != null) {
			Object exception = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			model.addAttribute("email", session.getAttribute(LAST_EMAIL));
			switch (error) {
				case "bloque" -> {
					model.addAttribute("error", "accounts.login.locked");
					if (exception instanceof AccountsSecurity.LoginLockedException locked) {
						model.addAttribute("lockedUntil",
								DateTimeFormatter.ofPattern("HH:mm").format(locked.until().atZone(PARIS)));
					}
				}
				case "non-verifie" -> model.addAttribute("error", "accounts.login.unverified");
				default -> model.addAttribute("error", "accounts.login.badCredentials");
			}
		}
		model.addAttribute("deleted", deleted != null);
		return "accounts/login";
	}

}
