package org.gide.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.calls.dossiers.DossierFixtures;
import org.gide.directory.Organisations;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three ESS organisations answer an appel à commun(s) together: the lead opens the dossier and invites two
 * partners; one accepts; the submission is refused while only two organisations have accepted; the third accepts;
 * the submission succeeds and the dossier is frozen. axe-core checks every page on the way.
 */
class DossierStoryTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	private void signIn(Page page, String email) {
		page.navigate(baseUrl() + "/connexion");
		page.locator("#email").fill(email);
		page.locator("#password").fill(AccountsFixtures.PASSWORD);
		page.locator("main form button[type=submit]").first().click();
		page.waitForLoadState();
	}

	private Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name);
	}

	private void accept(BrowserContext context, long id, String email) {
		Page page = context.newPage();
		signIn(page, email);
		page.navigate(baseUrl() + "/dossiers");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.LINK, named("Cantine solidaire itinérante")).click();
		assertThat(page).hasTitle("Invitation : Cantine solidaire itinérante");
		Browser.assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, named("Envoyer la réponse")).click();
		assertThat(page.locator("#signatoryName-error")).containsText("Indiquez le nom");
		Browser.assertAccessible(page);
		page.locator("#signatoryName").fill("Alex Martin");
		page.locator("#signatoryRole").fill("Co-présidente");
		page.locator("#budgetShare").fill("2 000");
		page.getByRole(AriaRole.BUTTON, named("Envoyer la réponse")).click();
		assertThat(page.locator("[role=status]").first()).containsText("Invitation acceptée");
		assertThat(page).hasURL(baseUrl() + "/dossiers/" + id);
		Browser.assertAccessible(page);
		page.close();
	}

	@Test
	void threeOrganisationsCoAuthorAndSubmitTheirDossier() {
		DossierFixtures.Call call = DossierFixtures.openCall(jdbc, 3, 2);
		DossierFixtures.Admin lead = DossierFixtures.admin(accounts, organisations, jdbc, "lea", "Épicerie solidaire");
		DossierFixtures.Admin alpha = DossierFixtures.admin(accounts, organisations, jdbc, "ali", "Jardin partagé");
		DossierFixtures.Admin beta = DossierFixtures.admin(accounts, organisations, jdbc, "bea", "Ressourcerie");

		long id;
		try (BrowserContext leadContext = Browser.newContext()) {
			Page page = leadContext.newPage();
			signIn(page, lead.email());
			page.navigate(baseUrl() + "/appels/" + call.slug() + "/dossiers/nouveau");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, named("Ouvrir le dossier")).click();
			assertThat(page.locator("#title-error")).containsText("Indiquez le titre");
			Browser.assertAccessible(page);
			page.locator("#title").fill("Cantine solidaire itinérante");
			page.getByRole(AriaRole.BUTTON, named("Ouvrir le dossier")).click();
			assertThat(page.locator("h1")).hasText("Cantine solidaire itinérante");
			Browser.assertAccessible(page);
			id = Long.parseLong(page.url().replaceAll(".*/dossiers/(\\d+).*", "$1"));

			for (DossierFixtures.Admin partner : new DossierFixtures.Admin[] { alpha, beta }) {
				page.navigate(baseUrl() + "/dossiers/" + id + "/partenaires");
				page.locator("#q").fill(partner.organisationName());
				page.getByRole(AriaRole.BUTTON, named("Chercher")).click();
				Browser.assertAccessible(page);
				page.getByRole(AriaRole.BUTTON, named("Inviter " + partner.organisationName())).click();
				assertThat(page.locator("[role=status]").first()).containsText("est invitée");
			}
			Browser.assertAccessible(page);
			page.locator("#signatoryName-" + lead.organisationId()).fill("Léa Durand");
			page.locator("#signatoryRole-" + lead.organisationId()).fill("Présidente");
			page.getByRole(AriaRole.BUTTON, named("Enregistrer")).click();
			assertThat(page.locator("[role=status]").first()).containsText("Modifications enregistrées");

			page.navigate(baseUrl() + "/dossiers/" + id + "/modifier");
			Browser.assertAccessible(page);
			page.locator("#summary").fill("Une cantine qui circule entre trois villages des Cévennes.");
			page.locator("#descriptionHtml").fill("<p>Des repas <strong>locaux</strong> et accessibles.</p>");
			page.locator("#diagnosisText").fill("Aucune restauration collective à moins de 20 km.");
			page.getByLabel("Alimentation").check();
			page.getByLabel("Solidarité").check();
			page.locator("#governanceHtml").fill("<p>Un comité mensuel, une voix par structure.</p>");
			page.getByRole(AriaRole.BUTTON, named("Enregistrer")).click();
			assertThat(page.locator("[role=status]").first()).containsText("Modifications enregistrées");

			page.navigate(baseUrl() + "/dossiers/" + id + "/ressources");
			Browser.assertAccessible(page);
			page.locator("#description").fill("Cuisine professionnelle prêtée deux jours par semaine");
			page.getByRole(AriaRole.BUTTON, named("Ajouter")).click();
			assertThat(page.locator("main")).containsText("Cuisine professionnelle");

			page.navigate(baseUrl() + "/dossiers/" + id + "/budget");
			page.locator("#label").fill("Achat de denrées");
			page.locator("#amount").fill("12 000,50");
			page.getByRole(AriaRole.BUTTON, named("Ajouter")).click();
			assertThat(page.locator("main table")).containsText("12 000,50 €");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/dossiers/" + id + "/pieces");
			Browser.assertAccessible(page);
		}

		try (BrowserContext alphaContext = Browser.newContext()) {
			accept(alphaContext, id, alpha.email());
		}

		try (BrowserContext leadContext = Browser.newContext()) {
			Page page = leadContext.newPage();
			signIn(page, lead.email());
			page.navigate(baseUrl() + "/dossiers/" + id + "/verification");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, named("Déposer le dossier")).click();
			assertThat(page.locator("#refused")).containsText("2 structures coopérantes acceptées sur 3 requises");
			Browser.assertAccessible(page);
		}

		try (BrowserContext betaContext = Browser.newContext()) {
			accept(betaContext, id, beta.email());
		}

		try (BrowserContext leadContext = Browser.newContext()) {
			Page page = leadContext.newPage();
			signIn(page, lead.email());
			page.navigate(baseUrl() + "/dossiers/" + id + "/verification");
			assertThat(page.locator("main")).containsText("remplit toutes les règles");
			page.getByRole(AriaRole.BUTTON, named("Déposer le dossier")).click();
			assertThat(page.locator("[role=status]").first()).containsText("Dossier déposé");
			Browser.assertAccessible(page);
			assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, id))
				.isEqualTo("SUBMITTED");

			page.navigate(baseUrl() + "/dossiers/" + id + "/budget");
			assertThat(page).hasURL(baseUrl() + "/dossiers/" + id);
			assertThat(page.locator("[role=alert]").first()).containsText("il ne peut plus être modifié");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/dossiers/" + id + "/versions");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, named("Voir la version 0")).click();
			assertThat(page.locator("h1")).containsText("Version 0");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/dossiers/" + id + "/imprimer");
			assertThat(page.getByRole(AriaRole.BUTTON, named("Imprimer ou enregistrer en PDF"))).isVisible();
			assertThat(page.locator("main")).containsText("Cuisine professionnelle");
			Browser.assertAccessible(page);
		}
	}

}
