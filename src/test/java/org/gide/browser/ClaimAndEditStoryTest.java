package org.gide.browser;

import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sacha runs a cooperative: signs in, claims its record with a mail at the cooperative's domain, confirms the link,
 * edits the record (commune chosen in the combobox) and finds the change in the history.
 */
class ClaimAndEditStoryTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Test
	void claimByDomainMailThenEditAndReadTheHistory() {
		String domain = "scop-garrigue-" + System.nanoTime() + ".fr";
		OrganisationDetails coop = organisations.create(OrganisationDraft.named("SCOP La Garrigue " + System.nanoTime())
			.publicContact("https://www." + domain, null, null)
			.address("1 place de la Mairie", "30100", "30007"));
		String email = AccountsFixtures.uniqueEmail("sacha");
		accounts.createVerifiedAccount(email, "Sacha", AccountsFixtures.PASSWORD, Set.of());

		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/annuaire/" + coop.id() + "/revendiquer");
			// Not signed in: the login form first, then back to the claim page.
			page.locator("#email").fill(email);
			page.locator("#password").fill(AccountsFixtures.PASSWORD);
			page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Se connecter")).click();
			assertThat(page).hasTitle("Revendiquer « " + coop.name() + " »");
			Browser.assertAccessible(page);

			page.locator("#adresse").fill("gmail.com@gmail.com");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recevoir le lien")).click();
			assertThat(page.locator("#adresse-error")).containsText("n’est pas au nom de domaine");
			Browser.assertAccessible(page);

			page.locator("#adresse").fill("gerance");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recevoir le lien")).click();
			assertThat(page.locator("main")).containsText("gerance@" + domain);
			Browser.assertAccessible(page);

			String link = AccountsFixtures.link(AccountsFixtures.awaitMail(MAIL, "gerance@" + domain, 1),
					"/annuaire/revendication/confirmer");
			page.navigate(baseUrl() + link);
			assertThat(page).hasTitle("Confirmer la revendication");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer")).click();
			assertThat(page.locator("main")).containsText("Sacha administre maintenant");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/annuaire/" + coop.id() + "/modifier");
			assertThat(page).hasTitle("Modifier « " + coop.name() + " »");
			Browser.assertAccessible(page);
			page.locator("#description").fill("Coopérative de maraîchage.\nVente à la ferme le mercredi.");
			com.microsoft.playwright.Locator commune = page.getByRole(AriaRole.COMBOBOX,
					new Page.GetByRoleOptions().setName("Commune"));
			commune.fill("Uzè");
			page.getByRole(AriaRole.OPTION).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Uzès")).first().click();
			assertThat(commune).hasValue("Uzès");
			page.locator("#postalCode").fill("30700");
			page.locator("#publicEmail").fill("pas une adresse");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
			assertThat(page.locator("#publicEmail-error")).containsText("n’est pas valide");
			Browser.assertAccessible(page);
			page.locator("#publicEmail").fill("contact@" + domain);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
			assertThat(page.locator("[role=status]").first()).containsText("Modifications enregistrées");

			OrganisationDetails after = organisations.find(coop.id()).orElseThrow();
			assertThat(after.communeCode()).isEqualTo("30334");
			assertThat(after.description()).contains("Vente à la ferme");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Historique des modifications")).click();
			assertThat(page.locator("table")).containsText("Vente à la ferme le mercredi.");
			assertThat(page.locator("table")).containsText("Sacha");
			Browser.assertAccessible(page);
		}
	}

}
