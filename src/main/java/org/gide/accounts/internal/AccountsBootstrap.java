package org.gide.accounts.internal;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.gide.accounts.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Startup and housekeeping: the first administrator (gide.admin.email), demo accounts (gide.demo.enabled), and the
 * retention job. Both creations are idempotent: nothing happens when the accounts already exist.
 */
@Component
class AccountsBootstrap {

	private static final Logger log = LoggerFactory.getLogger(AccountsBootstrap.class);

	/** One demo account per role; passwords are random and printed once, at creation. */
	static final Map<Role, String> DEMO = Map.of(Role.MEMBER, "membre@demo.gide.localhost", Role.AGENT,
			"agent@demo.gide.localhost", Role.REVIEWER, "lecture@demo.gide.localhost", Role.EDITOR,
			"edition@demo.gide.localhost", Role.ADMIN, "admin@demo.gide.localhost");

	static final Map<Role, String> DEMO_NAMES = Map.of(Role.MEMBER, "Démo membre", Role.AGENT, "Démo agent",
			Role.REVIEWER, "Démo comité de lecture", Role.EDITOR, "Démo comité éditorial", Role.ADMIN,
			"Démo administration");

	private final AccountService service;

	private final String adminEmail;

	private final boolean demo;

	private final String publicUrl;

	AccountsBootstrap(AccountService service, @Value("${gide.admin.email:}") String adminEmail,
			@Value("${gide.demo.enabled:false}") boolean demo, @Value("${gide.public-url}") String publicUrl) {
		this.service = service;
		this.adminEmail = adminEmail;
		this.demo = demo;
		this.publicUrl = publicUrl;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStartup() {
		// Demo accounts first would make the demo ADMIN the "existing admin": the configured one comes first.
		createFirstAdmin();
		if (demo) {
			for (Role role : Role.values()) {
				String password = service.createDemoAccount(DEMO.get(role), DEMO_NAMES.get(role), role);
				if (password != null) {
					log.info("Demo account {} ({}) created with password: {}", DEMO.get(role), role, password);
				}
			}
		}
	}

	void createFirstAdmin() {
		if (adminEmail == null || adminEmail.isBlank()) {
			return;
		}
		String token = service.createFirstAdmin(adminEmail);
		if (token != null) {
			log.info("First administrator {} created; choose its password within 24 h at {}/mot-de-passe/reinitialiser?jeton={}",
					adminEmail, publicUrl, token);
		}
	}

	/**
	 * Retention, nightly: unverified accounts are erased 30 days after registration, link tokens once expired, and the
	 * login failure counters of an email one day after its last failure.
	 */
	@Scheduled(cron = "${gide.accounts.purge-cron:0 17 3 * * *}", zone = "Europe/Paris")
	void purge() {
		service.purge();
	}

}
