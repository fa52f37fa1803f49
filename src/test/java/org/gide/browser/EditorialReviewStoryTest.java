package org.gide.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.workflow.ResourceState;
import org.gide.resources.workflow.WorkflowFixtures;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;

/**
 * The editorial review in a real browser, without JavaScript help: a member administering « Coopérative témoin »
 * submits her method → the editor finds it in the committee's queue and requests changes with a reason → she sees
 * the reason (and receives it by mail), answers in a comment and submits again → the editor compares the revisions,
 * approves, then publishes; the log lists who, when and why. axe-core on every page.
 */
class EditorialReviewStoryTest extends IntegrationTest {

	@Autowired
	private Accounts accounts;

	@Autowired
	private Organisations organisations;

	@Autowired
	private ResourceItems items;

	@Autowired
	private JdbcTemplate jdbc;

	private static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name);
	}

	@Test
	void submitRequestChangesResubmitApprovePublish() {
		TestUsers.ensure(accounts);
		DossierFixtures.Admin owner = DossierFixtures.admin(accounts, organisations, jdbc, "temoin",
				"Coopérative témoin");
		ResourceItem item = WorkflowFixtures.method(items, owner.organisationId(), owner.accountId(), true);
		WorkflowFixtures.revision(jdbc, item, 1, item.getTitle(), item.getSummary(), item.getBody(),
				"{\"resources.field.audience\": \"Les associations\"}");
		String workspace = baseUrl() + "/ressources/contributions/" + item.getId();

		try (BrowserContext contributor = Browser.newContext(); BrowserContext editor = Browser.newContext()) {
			Page mine = contributor.newPage();
			mine.navigate(baseUrl() + "/connexion");
			mine.locator("#email").fill(owner.email());
			mine.locator("#password").fill(AccountsFixtures.PASSWORD);
			mine.locator("main form button[type=submit]").first().click();
			mine.waitForLoadState();

			mine.navigate(workspace);
			assertThat(mine.locator("#item-state")).hasText("Brouillon");
			Browser.assertAccessible(mine);
			mine.locator("#reason-SUBMIT").fill("Première version pour relecture.");
			mine.getByRole(AriaRole.BUTTON, named("Soumettre au comité éditorial")).click();
			assertThat(mine.locator("[role=status]")).containsText("a été soumise au comité éditorial");
			assertThat(mine.locator("#item-state")).hasText("Soumise au comité");
			Browser.assertAccessible(mine);

			TestUsers.signIn(editor, baseUrl(), "editor");
			Page committee = editor.newPage();
			committee.navigate(baseUrl() + "/comite-editorial");
			assertThat(committee.locator("#queue")).containsText(item.getTitle());
			assertThat(committee.locator("#queue")).containsText(owner.organisationName());
			Browser.assertAccessible(committee);
			committee.getByRole(AriaRole.LINK, named(item.getTitle())).click();
			assertThat(committee.locator("h1")).containsText(item.getTitle());
			Browser.assertAccessible(committee);
			committee.locator("#reason-REQUEST_CHANGES").fill("Précisez pour qui est cet outil.");
			committee.getByRole(AriaRole.BUTTON, named("Demander des modifications")).click();
			assertThat(committee.locator("[role=status]")).containsText("Les modifications ont été demandées");
			assertThat(committee.locator("#item-state")).hasText("Modifications demandées");
			Browser.assertAccessible(committee);

			assertThat(AccountsFixtures.awaitMail(MAIL, owner.email(), 1)).contains("Précisez pour qui est cet outil.");
			mine.navigate(workspace);
			assertThat(mine.locator("#item-state")).hasText("Modifications demandées");
			assertThat(mine.locator("#transition-log")).containsText("Précisez pour qui est cet outil.");
			Browser.assertAccessible(mine);
			// Part A's edit page changes « pour qui »; its revision is written here as A would.
			WorkflowFixtures.revision(jdbc, item, 2, item.getTitle(), item.getSummary(), item.getBody(),
					"{\"resources.field.audience\": \"Les associations et les collectivités du Gard\"}");
			mine.getByLabel("Votre commentaire").fill("Nous avons précisé le public.");
			mine.getByRole(AriaRole.BUTTON, named("Ajouter le commentaire")).click();
			assertThat(mine.locator("#commentaires")).containsText("Nous avons précisé le public.");
			mine.getByRole(AriaRole.BUTTON, named("Soumettre au comité éditorial")).click();
			assertThat(mine.locator("#item-state")).hasText("Soumise au comité");

			committee.navigate(workspace);
			committee.getByRole(AriaRole.LINK, named("Révisions et différences (2)")).click();
			Browser.assertAccessible(committee);
			committee.getByRole(AriaRole.LINK, named("Voir les différences entre les révisions 2 et 1")).click();
			assertThat(committee.locator("main ins")).containsText("et les collectivités du Gard");
			Browser.assertAccessible(committee);

			committee.navigate(workspace);
			committee.getByRole(AriaRole.BUTTON, named("Approuver")).click();
			assertThat(committee.locator("#item-state")).hasText("Approuvée");
			committee.getByRole(AriaRole.BUTTON, named("Publier maintenant")).click();
			assertThat(committee.locator("[role=status]")).containsText("La contribution est publiée");
			assertThat(committee.locator("#item-state")).hasText("Publiée");
			assertThat(committee.locator("#transition-log tbody tr")).hasCount(5);
			assertThat(committee.locator("#transition-log")).containsText("Précisez pour qui est cet outil.");
			assertThat(committee.locator("#transition-log")).containsText(owner.name());
			Browser.assertAccessible(committee);
		}
		ResourceItem published = items.find(item.getId()).orElseThrow();
		assertThat(published.getState()).isEqualTo(ResourceState.PUBLISHED);
		assertThat(published.getPublishedAt()).isNotNull();
		assertThat(AccountsFixtures.awaitMail(MAIL, owner.email(), 3)).contains("contribution publiée");
	}

}
