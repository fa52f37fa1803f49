package org.gide.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inès administers a partner of a laureate project: she uploads the project's guide under CC BY-SA, publishes it,
 * and gives the retour d'expérience; the public finds the guide among the laureates; an agent reads the indicators.
 * Every page is checked with axe-core.
 */
class LaureateStoryTest extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void uploadPublishGiveFeedbackAndReadTheIndicators() throws Exception {
		long n = System.nanoTime() % 1_000_000;
		Timestamp now = Timestamp.from(Instant.now());
		long call = jdbc.queryForObject("insert into call (slug, title, status, published_at, results_published_at, "
				+ "created_at, updated_at) values (?, ?, 'CLOSED', ?, ?, ?, ?) returning id", Long.class,
				"histoire-" + n, "Appel Garrigues " + n, now, now, now, now);
		long lead = organisation("Café associatif de Quissac " + n);
		long partner = organisation("Ressourcerie du Piémont " + n);
		String title = "Réseau de cafés solidaires " + n;
		long dossier = jdbc.queryForObject("insert into dossier (call_id, lead_organisation, title, themes, status, "
				+ "created_by, created_at, updated_at) values (?, ?, ?, '{solidarite,vie_locale}', 'SUBMITTED', 0, ?, ?) "
				+ "returning id", Long.class, call, lead, title, now, now);
		jdbc.update("insert into dossier_partner (dossier_id, organisation_id, role, status, invited_at) values "
				+ "(?, ?, 'LEAD', 'ACCEPTED', now()), (?, ?, 'PARTNER', 'ACCEPTED', now())", dossier, lead, dossier,
				partner);
		jdbc.update("insert into dossier_decision (dossier_id, outcome, motivation, decided_by, decided_at) "
				+ "values (?, 'LAUREATE', 'Coopération exemplaire.', 0, now())", dossier);
		String email = AccountsFixtures.uniqueEmail("ines");
		long account = accounts.createVerifiedAccount(email, "Inès", AccountsFixtures.PASSWORD, Set.of());
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, 'Inès')", partner, account, email);
		Path guide = Files.createTempFile("guide-", ".pdf");
		Files.write(guide, "%PDF-1.4\n% Guide des cafés solidaires\n".getBytes(StandardCharsets.US_ASCII));

		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/connexion");
			page.locator("#email").fill(email);
			page.locator("#password").fill(AccountsFixtures.PASSWORD);
			page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Se connecter")).click();
			page.waitForLoadState();
			page.navigate(baseUrl() + "/laureats/" + dossier);
			assertThat(page).hasTitle(title);
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajouter un livrable")).click();
			assertThat(page).hasTitle("Nouveau livrable pour « " + title + " »");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le livrable")).click();
			assertThat(page.locator("#title-error")).containsText("Indiquez le titre du livrable.");
			assertThat(page.locator("#licence-error")).containsText("Choisissez une licence ouverte");
			assertThat(page.locator("#file-error")).containsText("Envoyez un fichier");
			Browser.assertAccessible(page);

			page.getByLabel("Titre").fill("Guide des cafés solidaires");
			page.getByLabel("Description").fill("Comment ouvrir un café associatif en milieu rural.");
			page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Creative Commons Attribution – Partage dans les mêmes conditions 4.0 (CC BY-SA 4.0)")).check();
			page.getByLabel("Fichier").setInputFiles(guide);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter le livrable")).click();
			assertThat(page.locator("[role=status]")).containsText("Livrable ajouté");
			assertThat(page.locator("main")).containsText("Non publié");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier « Guide des cafés solidaires »")).click();
			assertThat(page.locator("[role=status]")).containsText("Livrable publié");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Donner le retour d’expérience")).click();
			assertThat(page).hasTitle("Retour d’expérience de « " + title + " »");
			Browser.assertAccessible(page);
			page.getByLabel("Comment s’est passée la coopération entre vos organisations ?").fill("Des réunions mensuelles tournantes.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le retour d’expérience")).click();
			assertThat(page.locator("#satisfaction-error")).containsText("Choisissez une note");
			assertThat(page.getByLabel("Comment s’est passée la coopération entre vos organisations ?")).hasValue("Des réunions mensuelles tournantes.");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("4 – satisfaits")).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le retour d’expérience")).click();
			assertThat(page.locator("[role=status]")).containsText("Retour d’expérience enregistré");
			assertThat(page.locator("main")).containsText("(satisfaction : 4 sur 5)");
		}

		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/laureats");
			assertThat(page.locator("main")).containsText(title);
			assertThat(page.locator("main")).containsText("Guide des cafés solidaires");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(page.locator("main")).containsText("Ressourcerie du Piémont");
			assertThat(page.locator("main")).not().containsText("Retour d’expérience");
			Browser.assertAccessible(page);
		}

		TestUsers.ensure(accounts);
		try (BrowserContext context = Browser.newContext()) {
			TestUsers.signIn(context, baseUrl(), "agent");
			Page page = context.newPage();
			page.navigate(baseUrl() + "/agent/indicateurs/appels");
			assertThat(page).hasTitle("Indicateurs des appels à commun(s)");
			assertThat(page.locator("thead")).containsText("Appel Garrigues " + n);
			assertThat(page.locator("#indicateur-FEEDBACK_ANSWERS th")).containsText("Retours d’expérience reçus");
			Browser.assertAccessible(page);
		}
		assertThat(jdbc.queryForObject("select satisfaction from experience_feedback where dossier_id = ?",
				Integer.class, dossier)).isEqualTo(4);
	}

	private long organisation(String name) {
		return jdbc.queryForObject("insert into organisation (name, ess_family, sector, source) "
				+ "values (?, 'ASSOCIATION', 'NON_CLASSE', 'MANUAL') returning id", Long.class, name);
	}

}
