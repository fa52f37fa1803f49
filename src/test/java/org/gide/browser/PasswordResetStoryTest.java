package org.gide.browser;

import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gide.accounts.AccountsFixtures.PASSWORD;

/** Dominique forgot the password, gets a link by mail, chooses a new one and signs in with it. */
class PasswordResetStoryTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Test
	void forgotPasswordMailResetAndSignIn() {
		String email = AccountsFixtures.uniqueEmail("dominique");
		accounts.createVerifiedAccount(email, "Dominique", PASSWORD, Set.of());
		String newPassword = "Les-arenes-de-Nimes-au-soleil";
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/connexion");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mot de passe oublié ?")).click();
			assertThat(page).hasTitle("Mot de passe oublié");
			Browser.assertAccessible(page);
			page.locator("#email").fill(email);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le lien")).click();
			assertThat(page.locator("main")).containsText("Si un compte correspond à cette adresse");
			Browser.assertAccessible(page);

			String link = AccountsFixtures.link(AccountsFixtures.awaitMail(MAIL, email, 1), "/mot-de-passe/reinitialiser");
			page.navigate(baseUrl() + link);
			assertThat(page).hasTitle("Choisir un nouveau mot de passe");
			Browser.assertAccessible(page);
			page.locator("#password").fill(newPassword);
			page.locator("#confirmation").fill("pas la même chose du tout");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe")).click();
			assertThat(page.locator("#confirmation-error")).containsText("La confirmation ne correspond pas");
			Browser.assertAccessible(page);
			page.locator("#password").fill(newPassword);
			page.locator("#confirmation").fill(newPassword);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe")).click();

			assertThat(page.locator("main")).containsText("Votre mot de passe a été modifié");
			page.locator("#email").fill(email);
			page.locator("#password").fill(newPassword);
			page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mon compte (Dominique)"))).isVisible();

			// The link cannot be used twice.
			page.navigate(baseUrl() + link);
			assertThat(page.locator("main")).containsText("Ce lien a déjà été utilisé");
			Browser.assertAccessible(page);
		}
	}

	@Test
	void lockedLoginPageIsAccessible() {
		String email = AccountsFixtures.uniqueEmail("bloque");
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/connexion");
			for (int i = 0; i < 5; i++) {
				page.locator("#email").fill(email);
				page.locator("#password").fill("mauvais-" + i);
				page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter")).click();
			}
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Trop de tentatives");
			Browser.assertAccessible(page);
		}
	}

}
