package org.gide.browser;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent uploads the SIRENE stock files, follows the progress, reviews the new organisations, applies them and
 * downloads the report of rejected rows; then maps the columns of a département list and imports it. Every page is
 * checked with axe-core.
 */
class DirectoryImportStoryTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void agentUploadsReviewsAppliesAndDownloadsTheReport() throws Exception {
		TestUsers.ensure(accounts);
		jdbc.update("delete from organisation where siret in ('77561234400017', '40212345900032', '44133322600047', "
				+ "'44133322600179', '77512388800080', '40212345900180') or rna = 'W301000011'");
		jdbc.update("delete from organisation where source = 'CSV' and source_key like 'GARD-%'");
		try (BrowserContext context = Browser.newContext()) {
			TestUsers.signIn(context, baseUrl(), "agent");
			Page page = context.newPage();
			page.navigate(baseUrl() + "/admin/annuaire/imports");
			assertThat(page).hasTitle("Imports de l’annuaire");
			Browser.assertAccessible(page);

			// Without files: field-level errors.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lire les fichiers SIRENE")).click();
			assertThat(page.locator("#unites")).hasAttribute("aria-invalid", "true");
			Browser.assertAccessible(page);

			page.locator("#unites").setInputFiles(fixture("imports/sirene-v1/StockUniteLegale.csv"));
			page.locator("#etablissements").setInputFiles(fixture("imports/sirene-v1/StockEtablissement.csv"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lire les fichiers SIRENE")).click();
			assertThat(page.locator("h1")).containsText("Import SIRENE du");
			waitFor(page, "Prêt pour la revue");
			Browser.assertAccessible(page);
			assertThat(page.locator("main")).containsText("5 nouvelle(s)");

			// Registers' organisations other tests left behind look closed: the agent leaves them out.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fermées ou absentes")).click();
			Locator boxes = page.locator("input[name=ligne]");
			if (boxes.count() > 0) {
				for (int i = 0; i < boxes.count(); i++) {
					boxes.nth(i).check();
				}
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Exclure la sélection")).click();
				assertThat(page.getByRole(AriaRole.STATUS)).containsText("exclue");
			}
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelles (5)")).click();
			assertThat(page.locator("tbody tr")).hasCount(5);
			assertThat(page.locator("tbody")).containsText("ASSOCIATION LES AMIS DE CHARLES GIDE");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Appliquer les changements")).click();
			waitFor(page, "Appliqué");
			assertThat(page.locator("main")).containsText("5 lignes appliquées sur 5");
			Browser.assertAccessible(page);
			assertThat(jdbc.queryForObject("select count(*) from organisation where siret in ('77561234400017', "
					+ "'40212345900032', '44133322600047', '44133322600179', '77512388800080')", Integer.class))
				.isEqualTo(5);

			Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Télécharger le rapport"))).click());
			String report = Files.readString(download.path(), StandardCharsets.UTF_8);
			assertThat(report).startsWith("\uFEFFfichier;ligne;decision;motif;extrait")
				.contains("SIRET incohérent avec le SIREN et le NIC");

			// English page.
			page.navigate(page.url() + "?lang=en");
			assertThat(page.locator("main")).containsText("Review of changes");
			Browser.assertAccessible(page);
			page.navigate(baseUrl() + "/admin/annuaire/imports?lang=fr");

			// A département list: map its columns, then read it.
			page.locator("#csv-fichier").setInputFiles(fixture("imports/liste-siae-gard.csv"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Associer les colonnes")).click();
			assertThat(page).hasTitle("Associer les colonnes");
			assertThat(page.locator("main")).containsText("Régie de quartier Nîmes Ouest");
			assertThat(page.locator("#col-name")).hasValue("Nom de la structure");
			Browser.assertAccessible(page);
			page.locator("#cle").selectOption("sourceKey");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lire le fichier")).click();
			waitFor(page, "Prêt pour la revue");
			assertThat(page.locator("main")).containsText("3 nouvelle(s)");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Appliquer les changements")).click();
			waitFor(page, "Appliqué");
			assertThat(jdbc.queryForObject("select inclusion_type from organisation where source = 'CSV' "
					+ "and source_key = 'GARD-003'", String.class)).isEqualTo("ESAT");
		}
	}

	/** Follows the "Actualiser" link (as without JavaScript) until the state shows. */
	private static void waitFor(Page page, String state) {
		for (int i = 0; i < 60; i++) {
			if (page.locator("#progression strong").textContent().contains(state)) {
				return;
			}
			page.waitForTimeout(500);
			Locator refresh = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Actualiser"));
			if (refresh.count() > 0) {
				refresh.click();
			}
			else {
				page.reload();
			}
		}
		assertThat(page.locator("#progression strong")).containsText(state);
	}

	private static Path fixture(String name) throws URISyntaxException {
		return Path.of(DirectoryImportStoryTest.class.getResource("/" + name).toURI());
	}

}
