package org.gide.support;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** One account per kind of visitor, created once per test database, and ways to sign them in. */
public final class TestUsers {

	/** Test-only password of the visitor accounts (never used outside tests). */
	public static final String PASSWORD = "Essai-Gide-Uzes-1847";

	private static final Map<String, Set<Role>> ROLES = new LinkedHashMap<>();

	static {
		ROLES.put("member", EnumSet.of(Role.MEMBER));
		ROLES.put("agent", EnumSet.of(Role.MEMBER, Role.AGENT));
		ROLES.put("reviewer", EnumSet.of(Role.MEMBER, Role.REVIEWER));
		ROLES.put("editor", EnumSet.of(Role.MEMBER, Role.EDITOR));
		ROLES.put("admin", EnumSet.of(Role.MEMBER, Role.ADMIN));
	}

	private TestUsers() {
	}

	public static String email(String visitor) {
		return visitor + "@visiteurs.test";
	}

	/** Creates the visitor accounts if this database does not have them yet. */
	public static synchronized void ensure(Accounts accounts) {
		ROLES.forEach((visitor, roles) -> {
			if (accounts.findByEmail(email(visitor)).isEmpty()) {
				accounts.createVerifiedAccount(email(visitor), "Visiteur " + visitor, PASSWORD, roles);
			}
		});
	}

	/** A web client signed in as the visitor ("anonymous" stays signed out). */
	public static WebClient signIn(String baseUrl, String visitor) {
		WebClient client = new WebClient(baseUrl);
		if (!"anonymous".equals(visitor)) {
			HttpResponse<String> response = client.submit("/connexion", "/connexion",
					Map.of("email", email(visitor), "password", PASSWORD));
			assertThat(response.statusCode()).as("sign-in of " + visitor).isEqualTo(302);
			assertThat(client.location(response)).as("sign-in of " + visitor).doesNotContain("erreur");
		}
		return client;
	}

	/** Signs the visitor in within a browser context, through the real login form. */
	public static void signIn(BrowserContext context, String baseUrl, String visitor) {
		if ("anonymous".equals(visitor)) {
			return;
		}
		Page page = context.newPage();
		page.navigate(baseUrl + "/connexion");
		page.locator("#email").fill(email(visitor));
		page.locator("#password").fill(PASSWORD);
		page.locator("main form button[type=submit]").first().click();
		page.waitForLoadState();
		assertThat(page.url()).doesNotContain("/connexion");
		page.close();
	}

}
