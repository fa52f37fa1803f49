package org.gide.browser;

import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
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
import org.gide.territory.Communes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Lou, who runs an épicerie solidaire in Alès, posts a need of the territory (commune chosen in the combobox);
 * Sami, for a neighbouring association, joins it with a comment; both find it on the map of needs per EPCI. axe-core
 * on every page of the story.
 */
class NeedsStoryTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Communes communes;

	@Autowired
	JdbcTemplate jdbc;

	private String administrator(String prefix, OrganisationDetails organisation) {
		String email = AccountsFixtures.uniqueEmail(prefix);
		accounts.createVerifiedAccount(email, prefix, AccountsFixtures.PASSWORD, Set.of());
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", organisation.id(), accounts.findByEmail(email).orElseThrow().id(), email, prefix);
		return email;
	}

	private static void signIn(Page page, String email) {
		page.locator("#email").fill(email);
		page.locator("#password").fill(AccountsFixtures.PASSWORD);
		page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter"))
			.click();
	}

	@Test
	void postANeedJoinItAndSeeItOnTheMap() {
		long n = System.nanoTime();
		OrganisationDetails grocery = organisations.create(OrganisationDraft.named("Épicerie solidaire du Gardon " + n)
			.legalCategory("9220")
			.address("3 rue d’Avéjan", "30100", "30007"));
		OrganisationDetails garden = organisations.create(OrganisationDraft.named("Jardins de la Prairie " + n)
			.legalCategory("9220")
			.address("Chemin de la Prairie", "30100", "30007"));
		String lou = administrator("Lou", grocery);
		String sami = administrator("Sami", garden);
		String title = "Un lieu pour cuisiner ensemble " + n;
		String epci = communes.find("30007").orElseThrow().epci().nom();

		String needUrl;
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/besoins/nouveau");
			signIn(page, lou);
			assertThat(page).hasTitle("Signaler un besoin du territoire");
			assertThat(page.locator("main")).containsText("Au nom de " + grocery.name());
			Browser.assertAccessible(page);

			// Submitted empty first: every field says what is missing.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier le besoin")).click();
			assertThat(page.locator("#title-error")).containsText("Donnez un titre au besoin.");
			assertThat(page.locator("#themes-error")).containsText("Choisissez au moins un thème.");
			Browser.assertAccessible(page);

			page.locator("#title").fill(title);
			page.locator("#description").fill("Les familles du quartier n’ont pas de cuisine collective.");
			page.locator("#evidence").fill("Enquête 2026 du centre social : 120 familles intéressées.");
			Locator commune = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Commune"));
			commune.fill("Alè");
			page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText("Alès")).first().click();
			assertThat(commune).hasValue("Alès");
			page.getByLabel("Alimentation").check();
			page.getByLabel("Solidarités et lutte contre la précarité").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier le besoin")).click();
			assertThat(page.locator("main")).containsText("Le besoin est publié.");
			assertThat(page.locator("h1")).hasText(title);
			assertThat(page.locator("main")).containsText(epci);
			Browser.assertAccessible(page);
			needUrl = page.url();
		}

		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/connexion");
			signIn(page, sami);
			page.navigate(needUrl);
			assertThat(page.locator("main")).containsText("Au nom de " + garden.name());
			page.getByLabel("Commentaire (facultatif)").fill("Notre jardin peut fournir des légumes.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rejoindre ce besoin")).click();
			assertThat(page.locator("main")).containsText("Votre structure soutient désormais ce besoin.");
			assertThat(page.locator("main")).containsText("Notre jardin peut fournir des légumes.");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/besoins/carte");
			assertThat(page).hasTitle("Carte des besoins par intercommunalité");
			assertThat(page.locator("svg[role=img] path").first()).isAttached();
			Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHasText(epci));
			assertThat(row).hasCount(1);
			Browser.assertAccessible(page);
			row.getByRole(AriaRole.LINK).first().click();
			assertThat(page.locator("main")).containsText(title);
			Browser.assertAccessible(page);
		}
	}

}
