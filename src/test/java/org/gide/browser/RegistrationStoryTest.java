package org.gide.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.gide.accounts.AccountsFixtures;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gide.accounts.AccountsFixtures.PASSWORD;

/** Camille creates an account, confirms it from the real mail, signs in, looks at her account, and signs out. */
class RegistrationStoryTest extends IntegrationTest {

	@Test
	void registerConfirmFromTheMailSignInAndOut() {
		String email = AccountsFixtures.uniqueEmail("camille");
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Créer un compte").setExact(true)).first().click();
			assertThat(page).hasTitle("Créer un compte");
			Browser.assertAccessible(page);

			// A first attempt with a short password comes back with the error on the field.
			page.locator("#email").fill(email);
			page.locator("#displayName").fill("Camille Fabre");
			page.locator("#password").fill("trop-court");
			page.locator("#confirmation").fill("trop-court");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte")).click();
			assertThat(page.locator("#password-error")).containsText("au moins 12 caractères");
			Browser.assertAccessible(page);

			page.locator("#password").fill(PASSWORD);
			page.locator("#confirmation").fill(PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte")).click();
			assertThat(page.locator("main")).containsText("Un courriel contenant un lien de confirmation a été envoyé");
			Browser.assertAccessible(page);

			String link = AccountsFixtures.link(AccountsFixtures.awaitMail(MAIL, email, 1), "/inscription/confirmation");
			page.navigate(baseUrl() + link);
			assertThat(page.locator("main")).containsText("Votre adresse électronique est confirmée");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Se connecter")).click();
			assertThat(page).hasTitle("Se connecter");
			Browser.assertAccessible(page);
			page.locator("#email").fill(email);
			page.locator("#password").fill(PASSWORD);
			page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Se connecter")).click();

			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mon compte (Camille Fabre)"))).isVisible();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mon compte (Camille Fabre)")).click();
			assertThat(page.locator("main")).containsText(email);
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Supprimer mon compte et mes données")).click();
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter").setExact(true))).isVisible();

			page.navigate(baseUrl() + "/inscription/renvoyer");
			Browser.assertAccessible(page);
		}
	}

}
