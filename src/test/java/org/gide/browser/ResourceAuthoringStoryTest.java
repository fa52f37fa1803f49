package org.gide.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alix, who administers a cooperative, proposes a method: chooses the type, sends the form half-filled and reads
 * the errors next to the fields, completes it, attaches a PDF (after a renamed executable is refused) and finds the
 * draft among their contributions. axe-core on every page and state.
 */
class ResourceAuthoringStoryTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void proposeAMethodWithErrorsThenSavedAndAttached() throws Exception {
		long n = System.nanoTime();
		OrganisationDetails coop = organisations.create(OrganisationDraft.named("Coopérative témoin " + n)
			.legalCategory("5458"));
		String email = AccountsFixtures.uniqueEmail("alix");
		accounts.createVerifiedAccount(email, "Alix", AccountsFixtures.PASSWORD, Set.of());
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", coop.id(), accounts.findByEmail(email).orElseThrow().id(), email, "Alix");
		String title = "Méthode du consentement " + n;
		Path exe = Files.createTempFile("outil", ".pdf");
		Files.write(exe, new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 });
		Path pdf = Files.createTempFile("guide", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
				StandardCharsets.US_ASCII);

		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/ressources/proposer");
			page.locator("#email").fill(email);
			page.locator("#password").fill(AccountsFixtures.PASSWORD);
			page.getByRole(AriaRole.MAIN)
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Se connecter"))
				.click();
			assertThat(page).hasTitle("Proposer une ressource");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Méthode ou outil")).click();
			assertThat(page).hasTitle("Proposer : Méthode ou outil");
			assertThat(page.locator("#organisation")).hasValue(String.valueOf(coop.id()));
			Browser.assertAccessible(page);

			page.locator("#title").fill(title);
			page.locator("#audience").fill("Les collectifs qui décident ensemble.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon")).click();
			assertThat(page.locator("#purpose-error")).hasText("« À quoi ça sert » est obligatoire.");
			assertThat(page.locator("#usage-error")).hasText("« Comment s’en servir » est obligatoire.");
			assertThat(page.locator("#licence-error")).hasText("« Licence » est obligatoire.");
			assertThat(page.locator("#title")).hasValue(title);
			assertThat(page.locator("#audience")).hasValue("Les collectifs qui décident ensemble.");
			Browser.assertAccessible(page);

			page.locator("#purpose").fill("Prendre des décisions sans vote ni veto.");
			page.locator("#usage").fill("<p>Proposition, clarification, objections, décision.</p>");
			page.locator("#licence").selectOption(new SelectOption().setValue("CC_BY_SA"));
			page.locator("#sector-ACTION_SOCIALE").check();
			page.locator("#tags").fill("Gouvernance, décision");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le brouillon")).click();
			assertThat(page.locator("main [role=status]")).containsText("Brouillon enregistré");
			assertThat(page).hasTitle("Modifier « " + title + " »");
			Browser.assertAccessible(page);

			page.locator("#attachmentTitle").fill("Fiche pratique");
			page.locator("#file").setInputFiles(exe);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Joindre le fichier")).click();
			assertThat(page.locator("#file-error")).containsText("ne correspond pas à un fichier .pdf");
			Browser.assertAccessible(page);

			page.locator("#attachmentTitle").fill("Fiche pratique");
			page.locator("#file").setInputFiles(pdf);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Joindre le fichier")).click();
			assertThat(page.locator("#pieces")).containsText("Fiche pratique");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/ressources/mes-contributions");
			assertThat(page.locator("main table")).containsText(title);
			assertThat(page.locator("main table")).containsText("Brouillon");
			Browser.assertAccessible(page);
		}
		assertThat(jdbc.queryForObject("select count(*) from resource_attachment a join resource_item i on i.id = "
				+ "a.item_id where i.title = ?", Integer.class, title)).isOne();
	}

}
