package org.gide.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An editor of the editorial committee records the committee's meeting (the form names what is missing first), then
 * reads the resource centre's indicators by quarter and finds the meeting counted. axe-core on every page.
 */
class ResourceMeasuresStoryTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Test
	void anEditorRecordsAMeetingAndReadsTheIndicators() {
		TestUsers.ensure(accounts);
		String title = "Comité éditorial de printemps " + System.nanoTime();
		try (BrowserContext context = Browser.newContext()) {
			TestUsers.signIn(context, baseUrl(), "editor");
			Page page = context.newPage();
			page.navigate(baseUrl() + "/comite-editorial/reunions");
			assertThat(page).hasTitle("Réunions du comité éditorial");
			Browser.assertAccessible(page);

			page.locator("#heldOn").fill("");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consigner la réunion")).click();
			assertThat(page.locator("#heldOn-error")).hasText("Indiquez la date de la réunion.");
			assertThat(page.locator("#title-error")).hasText("Donnez un titre à la réunion.");
			Browser.assertAccessible(page);

			page.locator("#heldOn").fill("2003-04-15");
			page.locator("#title").fill(title);
			page.locator("#attendees").fill("6");
			page.locator("#minutes").fill("<p>Trois contenus <em>approuvés</em>.</p>");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Consigner la réunion")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("La réunion est consignée.");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
			assertThat(page.locator("article.meeting em").first()).isVisible();
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/agent/indicateurs/ressources");
			assertThat(page).hasTitle("Indicateurs du centre de ressources");
			Browser.assertAccessible(page);
			page.locator("#du").fill("2003-01-01");
			page.locator("#au").fill("2003-12-31");
			page.locator("#pas").selectOption("quarter");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calculer")).click();
			assertThat(page.locator("#table-publications tbody tr")).hasCount(4);
			assertThat(page.locator("#table-publications tbody tr").nth(1).locator("th")).hasText("2ᵉ trimestre 2003");
			assertThat(page.locator("#indicateur-MEETINGS td")).hasText("1");
			Browser.assertAccessible(page);

			// a browser without date picker sends what was typed
			page.navigate(baseUrl() + "/agent/indicateurs/ressources?du=15%2F04%2F2003&au=2003-12-31&pas=month");
			assertThat(page.locator("#du-error")).hasText("Saisissez une date au format AAAA-MM-JJ.");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/agent/indicateurs/ressources?lang=en");
			assertThat(page).hasTitle("Resource centre indicators");
			Browser.assertAccessible(page);
		}
	}

}
