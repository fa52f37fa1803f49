package org.gide.browser;

import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gide.accounts.AccountsFixtures.PASSWORD;

/** An administrator makes a member an agent of a direction, then checks the audit log; every page is accessible. */
class AdministrationStoryTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Test
	void adminMakesAMemberAnAgentAndFindsItInTheAuditLog() {
		String admin = AccountsFixtures.uniqueEmail("administratrice");
		accounts.createVerifiedAccount(admin, "Administratrice", PASSWORD, Set.of(Role.ADMIN));
		String tag = "futuragent" + System.nanoTime();
		String member = AccountsFixtures.uniqueEmail(tag);
		accounts.createVerifiedAccount(member, "Futur agent", PASSWORD, Set.of());
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/admin");
			page.locator("#email").fill(admin);
			page.locator("#password").fill(PASSWORD);
			page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
			assertThat(page).hasTitle("Administration");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Utilisateurs")).click();
			Browser.assertAccessible(page);
			page.locator("#q").fill(tag);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Futur agent")).click();
			Browser.assertAccessible(page);
			page.getByLabel("agent de la Mission ESS").check();
			page.locator("#direction").selectOption(new com.microsoft.playwright.options.SelectOption()
				.setLabel("Direction de l’enfance et de la famille"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Les droits du compte ont été enregistrés");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/admin/journal");
			assertThat(page.locator("main")).containsText(member);
			assertThat(page.locator("main")).containsText("Direction de l’enfance et de la famille");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/admin/directions");
			Browser.assertAccessible(page);
		}
	}

}
