package org.gide.browser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gide.accounts.Accounts;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A Mission ESS agent creates a call, fills its criteria grid, adds a document and a workshop, publishes it, and a
 * visitor finds it among the open calls; every page on the way is accessible (axe-core).
 */
class CallPublishingStoryTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Test
	void anAgentCreatesAndPublishesACallThatVisitorsFind() {
		TestUsers.ensure(accounts);
		String title = "Appel à commun(s) — Tiers-lieux " + System.nanoTime();
		String deadline = LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2).toString();
		try (BrowserContext context = Browser.newContext()) {
			TestUsers.signIn(context, baseUrl(), "agent");
			Page page = context.newPage();
			page.navigate(baseUrl() + "/");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gestion des appels à commun(s)")).click();
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvel appel")).click();
			Browser.assertAccessible(page);

			// A first try with a missing title: the error is announced and linked to its field.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le brouillon")).click();
			assertThat(page.locator("#title-error")).containsText("Indiquez le titre de l’appel.");
			Browser.assertAccessible(page);

			page.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill(title);
			page.locator("#description").fill("<p>Des tiers-lieux coopératifs pour les villages.</p>");
			page.getByLabel("Vie locale et tiers-lieux").check();
			page.getByLabel("Culture", new Page.GetByLabelOptions().setExact(true)).check();
			page.locator("#deadlineOn").fill(deadline);
			page.locator("#deadlineTime").fill("12:00");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le brouillon")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Brouillon créé");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Critères").setExact(true)).click();
			page.locator("#label").fill("Coopération entre structures");
			page.locator("#weight").fill("60");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
			page.locator("#label").fill("Ancrage territorial");
			page.locator("#weight").fill("40");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
			assertThat(page.locator("#criteria-total")).hasText("100");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Documents").setExact(true)).click();
			page.locator("#title").fill("Règlement");
			page.locator("#file").setInputFiles(new FilePayload("reglement.pdf", "application/pdf",
					"%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le document")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Document ajouté");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ateliers de présentation")).click();
			page.locator("#date").fill(LocalDate.now().plusDays(9).toString());
			page.locator("#startTime").fill("18:30");
			page.locator("#place").fill("Tiers-lieu de Saint-Jean-du-Gard");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Atelier enregistré");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("L’appel").setExact(true)).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier l’appel")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("L’appel est publié");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/appels");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(page.locator("h1")).hasText(title);
			assertThat(page.locator("main")).containsText("Au moins 3 structures de l’ESS coopérantes");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Répondre à cet appel")))
				.isVisible();
			Browser.assertAccessible(page);
			page.navigate(page.url() + "?lang=en");
			assertThat(page.locator("main")).containsText("At least 3 cooperating social economy organisations");
			Browser.assertAccessible(page);
		}
	}

}
