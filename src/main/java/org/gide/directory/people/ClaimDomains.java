package org.gide.directory.people;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.gide.directory.internal.Organisation;

/**
 * The domains at which a mail proves that one speaks for an organisation: the domain of its public website and of
 * its public email, minus the public mail providers (an address at gmail.com or orange.fr proves nothing).
 */
final class ClaimDomains {

	static final Set<String> PUBLIC_PROVIDERS = Set.of("gmail.com", "googlemail.com", "yahoo.fr", "yahoo.com",
			"hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "live.com", "msn.com", "orange.fr",
			"wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "bbox.fr", "aliceadsl.fr", "numericable.fr",
			"icloud.com", "me.com", "gmx.fr", "gmx.com", "protonmail.com", "proton.me", "aol.com", "club-internet.fr",
			"ymail.com", "yandex.com", "mail.com", "tutanota.com", "riseup.net", "lilo.org", "mailo.com");

	private ClaimDomains() {
	}

	static Set<String> of(Organisation organisation) {
		Set<String> domains = new LinkedHashSet<>();
		String website = organisation.getPublicWebsite();
		if (website != null) {
			try {
				String host = URI.create(website).getHost();
				if (host != null) {
					add(domains, host.startsWith("www.") ? host.substring(4) : host);
				}
			}
			catch (IllegalArgumentException ignored) {
				// A stored website is valid; an old malformed one just gives no domain.
			}
		}
		String email = organisation.getPublicEmail();
		if (email != null && email.contains("@")) {
			add(domains, email.substring(email.lastIndexOf('@') + 1));
		}
		return domains;
	}

	private static void add(Set<String> domains, String domain) {
		String normal = domain.strip().toLowerCase(Locale.ROOT);
		if (normal.contains(".") && !PUBLIC_PROVIDERS.contains(normal)) {
			domains.add(normal);
		}
	}

	/**
	 * The full address from what the user typed: a local part ({@code contact}) at the chosen domain, or a full
	 * address that must be at one of the domains.
	 */
	static String address(String typed, String chosenDomain, Set<String> domains) {
		String value = typed == null ? "" : typed.strip();
		if (value.isEmpty()) {
			throw new PeopleException("adresse", "people.claim.error.address.required");
		}
		String local;
		String domain;
		int at = value.lastIndexOf('@');
		if (at >= 0) {
			local = value.substring(0, at);
			domain = value.substring(at + 1).toLowerCase(Locale.ROOT);
			if (!domains.contains(domain)) {
				throw new PeopleException("adresse", "people.claim.error.address.domain", value,
						String.join(", ", domains));
			}
		}
		else {
			local = value;
			domain = chosenDomain == null || chosenDomain.isBlank() ? domains.iterator().next()
					: chosenDomain.strip().toLowerCase(Locale.ROOT);
			if (!domains.contains(domain)) {
				throw new PeopleException("adresse", "people.claim.error.address.domain", value + "@" + domain,
						String.join(", ", domains));
			}
		}
		if (!local.matches("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}") || local.startsWith(".") || local.endsWith(".")
				|| local.contains("..")) {
			throw new PeopleException("adresse", "people.claim.error.address.format", value);
		}
		return local + "@" + domain;
	}

}
