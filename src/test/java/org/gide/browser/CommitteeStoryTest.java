package org.gide.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.calls.committee.CommitteeFixtures;
import org.gide.directory.Organisations;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gide.accounts.AccountsFixtures.awaitMail;

/**
 * The reading committee in a browser: an agent builds the committee and assigns a dossier to the suggested member,
 * the member scores it while another declares a conflict, the agent schedules an audition and invites the
 * applicants, then decides; every page passes axe-core.
 */
class CommitteeStoryTest extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	private static void signIn(Page page, String base, String email) {
		page.navigate(base + "/connexion");
		page.locator("#email").fill(email);
		page.locator("#password").fill(AccountsFixtures.PASSWORD);
		page.locator("main form button[type=submit]").first().click();
		page.waitForLoadState();
	}

	@Test
	void agentAssignsMemberScoresAnotherDeclaresAConflictThenAuditionAndDecision() {
		CommitteeFixtures f = new CommitteeFixtures(jdbc, accounts, organisations);
		String culture = "Direction de la culture, de la jeunesse et des sports";
		String agent = f.account("agent-navigateur", culture, Role.AGENT);
		String reviewer = f.account("relectrice", culture, Role.REVIEWER);
		String conflicted = f.account("relecteur-lie", null, Role.REVIEWER);
		String applicant = f.account("porteuse", null);
		long lead = f.organisation("Maison des arts d’Uzès", applicant);
		long call = f.call("Appel culture et jeunesse", "now() + interval '3 days'");
		String title = "Scène partagée " + CommitteeFixtures.next();
		long dossier = f.dossier(call, title, new String[] { "culture", "jeunesse" }, lead);
		String base = baseUrl();

		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			signIn(page, base, agent);
			page.navigate(base + "/agent/appels/" + call + "/comite");
			Browser.assertAccessible(page);
			page.locator("#account").selectOption(new SelectOption().setValue("" + f.id(reviewer)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter au comité")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le membre est ajouté au comité.");
			page.locator("#account").selectOption(new SelectOption().setValue("" + f.id(conflicted)));
			page.locator("#direction").selectOption(new SelectOption().setLabel("Direction de l’autonomie"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter au comité")).click();
			assertThat(page.locator("main")).containsText("car sa direction (" + culture + ") est concernée par : Culture");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Affecter " + f.name(reviewer))).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le dossier est affecté.");
			page.getByLabel("Membre à qui affecter « " + title + " »")
				.selectOption(new SelectOption().setValue("" + f.id(conflicted)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Affecter").setExact(true)).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le dossier est affecté.");
			Browser.assertAccessible(page);
			page.navigate(base + "/agent/themes-directions");
			Browser.assertAccessible(page);
		}
		f.deadline(call, "now() - interval '1 minute'");

		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			signIn(page, base, reviewer);
			page.navigate(base + "/comite");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			Browser.assertAccessible(page);
			long c1 = f.criterion(call, 1);
			long c2 = f.criterion(call, 2);
			page.locator("#score-" + c1).selectOption("4");
			page.locator("#comment-" + c1).fill("Coopération solide entre lieux culturels");
			page.locator("#score-" + c2).selectOption("3");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer mes notes")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Vos notes sont enregistrées.");
			page.locator("#body").fill("Relire le budget");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter l’annotation")).click();
			assertThat(page.locator(".annotations")).containsText("Relire le budget");
			Browser.assertAccessible(page);
			page.navigate(base + "/comite/appels/" + call + "/synthese");
			assertThat(page.locator("main table")).containsText("3,60");
			Browser.assertAccessible(page);
		}

		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			signIn(page, base, conflicted);
			page.navigate(base + "/comite/dossiers/" + dossier);
			assertThat(page.locator("main")).containsText("Coopération solide");
			page.locator("#reason").fill("Je suis bénévole de la Maison des arts");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déclarer un conflit d’intérêts")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("conflit d’intérêts est enregistré");
			assertThat(page.locator("main")).not().containsText("Coopération solide");
			Browser.assertAccessible(page);
		}

		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			signIn(page, base, agent);
			page.navigate(base + "/agent/appels/" + call + "/auditions");
			Browser.assertAccessible(page);
			page.locator("#date").fill("2027-03-15");
			page.locator("#start").fill("14:00");
			page.locator("#end").fill("14:45");
			page.locator("#place").fill("Hôtel du Département, Nîmes");
			page.locator("#dossier").selectOption(new SelectOption().setLabel(title));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le créneau")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le créneau est créé.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inviter les porteurs")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("1 courriel(s) envoyé(s)");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Noter présents")).click();
			assertThat(page.locator("main table")).containsText("Présents");
			Browser.assertAccessible(page);
			org.assertj.core.api.Assertions.assertThat(awaitMail(MAIL, applicant, 1)).contains("14:00–14:45");

			page.navigate(base + "/dossiers/" + dossier + "/messages");
			assertThat(page.locator(".thread")).containsText("Vous êtes invités à présenter votre dossier");
			Browser.assertAccessible(page);

			page.navigate(base + "/agent/appels/" + call + "/deliberation");
			assertThat(page.locator("#minutes")).containsText("Coopération solide entre lieux culturels");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le procès-verbal")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le procès-verbal est enregistré.");
			page.getByLabel("Lauréat", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la décision")).click();
			assertThat(page.locator("main")).containsText("Écrivez la motivation de la décision.");
			Browser.assertAccessible(page);
			page.getByLabel("Motivation").fill("Un lieu partagé qui manquait au territoire.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la décision")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("La décision est enregistrée.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer les décisions aux porteurs")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("1 décision(s) envoyée(s)");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier les résultats")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Les résultats sont publiés");
			Browser.assertAccessible(page);
			org.assertj.core.api.Assertions.assertThat(awaitMail(MAIL, applicant, 2)).contains("le dossier est lauréat");
		}
	}

}
