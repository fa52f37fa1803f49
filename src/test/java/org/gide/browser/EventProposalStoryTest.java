package org.gide.browser;

import java.time.LocalDate;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Sacha, an agent of the Département, proposes a training: chooses the kind, publishes a form without a place and
 * reads the error next to the field, adds the place, publishes, and finds the public page of the session (as
 * anonymous visitors see it too). axe-core on every page and state.
 */
class EventProposalStoryTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Test
	void anAgentProposesATrainingFixesAnErrorAndPublishesIt() {
		long n = System.nanoTime();
		String email = AccountsFixtures.uniqueEmail("sacha");
		accounts.createVerifiedAccount(email, "Sacha", AccountsFixtures.PASSWORD, Set.of(Role.MEMBER, Role.AGENT));
		String title = "Comprendre les communs " + n;
		String day = LocalDate.now().plusMonths(6).withDayOfMonth(12).toString();

		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/agenda/proposer");
			page.locator("#email").fill(email);
			page.locator("#password").fill(AccountsFixtures.PASSWORD);
			page.getByRole(AriaRole.MAIN)
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter"))
				.click();
			assertThat(page).hasTitle("Proposer un événement");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Formation").setExact(true)).click();
			assertThat(page).hasTitle("Proposer : Formation");
			Browser.assertAccessible(page);

			page.locator("#title").fill(title);
			page.locator("#summary").fill("Une matinée pour découvrir les communs.");
			page.locator("#audience-ESS_ORGANISATIONS").check();
			page.locator("#theme-numerique").check();
			page.getByLabel("Organisé par le Département").check();
			page.locator("#startsAt").fill(day + "T09:30");
			page.locator("#endsAt").fill(day + "T12:30");
			page.locator("#capacity").fill("15");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier")).click();
			assertThat(page.locator("#place-error")).hasText("Indiquez un lieu ou un lien de participation en ligne.");
			assertThat(page.locator("#title")).hasValue(title);
			assertThat(page.locator("#capacity")).hasValue("15");
			Browser.assertAccessible(page);

			page.locator("#place").fill("Hôtel du Département, Nîmes");
			page.locator("#communeCode").fill("30189");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier")).click();
			assertThat(page).hasTitle(title);
			assertThat(page.locator("[role=status]")).hasText("Événement publié dans l’agenda.");
			assertThat(page.getByText("Hôtel du Département, Nîmes")).isVisible();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("S’inscrire"))).isVisible();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier"))).isVisible();
			Browser.assertAccessible(page);
			String url = page.url();

			page.navigate(baseUrl() + "/agenda/mes-evenements");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true))).isVisible();
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier « " + title + " »")).click();
			assertThat(page).hasTitle("Modifier « " + title + " »");
			Browser.assertAccessible(page);

			try (BrowserContext visitor = Browser.newContext()) {
				Page anonymous = visitor.newPage();
				anonymous.navigate(url);
				assertThat(anonymous).hasTitle(title);
				assertThat(anonymous.getByText("Le Département")).isVisible();
				assertThat(anonymous.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier"))).hasCount(0);
				Browser.assertAccessible(anonymous);
			}
		}
	}

}
