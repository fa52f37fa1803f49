package org.gide.browser;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.accounts.Role;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.GeoPrecision;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole story of issue 4, through the real pages: a Mission ESS agent publishes an appel à commun(s) → three
 * organisations build one dossier together (the lead is refused while only two organisations have accepted) → the
 * dossier is submitted and frozen → after the deadline the committee scores it, it is auditioned and declared
 * laureate, and the results are published → the laureate publishes its deliverable under an open licence and gives
 * its retour d'expérience → the plan's indicators show this call's numbers; the CSV export and the printable dossier
 * work. axe-core checks every new page on the way.
 * <p>
 * Only the starting data is written directly (accounts with their roles and directions, organisations and their
 * administrators) — and the call's deadline, moved into the past once the dossier is submitted (commented where it
 * happens). Every step of the story goes through the browser.
 */
class AppelACommunsStoryTest extends IntegrationTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final String ECONOMY = "Direction de l’économie, de l’emploi et de l’insertion";

	private static final String ENVIRONMENT = "Direction de l’environnement";

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	/** A person administering one organisation, placed in Alès (the partner finder measures from the lead's position). */
	private record Admin(String email, long organisationId, String organisationName) {
	}

	private Admin admin(String prefix, String organisationName) {
		OrganisationDetails organisation = organisations.create(OrganisationDraft.named(organisationName)
			.legalCategory("9220")
			.description("Structure de l’ESS")
			.address("3 rue d’Avéjan", "30100", "30007")
			.position(44.1249, 4.0812, GeoPrecision.ADDRESS));
		String email = AccountsFixtures.uniqueEmail(prefix);
		long account = accounts.createVerifiedAccount(email, "Camille " + prefix, AccountsFixtures.PASSWORD, Set.of());
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", organisation.id(), account, email, "Camille " + prefix);
		return new Admin(email, organisation.id(), organisation.name());
	}

	/** A verified account with these roles, in this direction of the Département. */
	private String staff(String prefix, String direction, Role... roles) {
		String email = AccountsFixtures.uniqueEmail(prefix);
		accounts.createVerifiedAccount(email, "Dominique " + prefix + " " + System.nanoTime() % 10_000,
				AccountsFixtures.PASSWORD, Set.of(roles));
		jdbc.update("update account set direction_id = (select id from direction where name = ?) where email = ?",
				direction, email);
		return email;
	}

	private Page signIn(BrowserContext context, String email) {
		Page page = context.newPage();
		page.navigate(baseUrl() + "/connexion");
		page.locator("#email").fill(email);
		page.locator("#password").fill(AccountsFixtures.PASSWORD);
		page.locator("main form button[type=submit]").first().click();
		page.waitForLoadState();
		assertThat(page.url()).doesNotContain("/connexion");
		return page;
	}

	private static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name);
	}


	private static Locator.GetByRoleOptions tab(String name) {
		return new Locator.GetByRoleOptions().setName(name).setExact(true);
	}

	private static Locator status(Page page) {
		return page.locator("[role=status]").first();
	}

	/** The value of one indicator in the column of the call with this title (not the overall column). */
	private static String indicator(Page page, String callTitle, String code) {
		Locator headers = page.locator("thead th");
		int column = -1;
		for (int i = 0; i < headers.count(); i++) {
			if (headers.nth(i).innerText().contains(callTitle)) {
				assertThat(column).as("one column for " + callTitle).isEqualTo(-1);
				column = i;
			}
		}
		assertThat(column).as("column of " + callTitle).isGreaterThan(1);
		return page.locator("#indicateur-" + code + " > *").nth(column).innerText().strip();
	}

	/** An administrator of an invited organisation accepts, naming its signatory. */
	private void accept(Admin partner, long dossier, String title) {
		try (BrowserContext context = Browser.newContext()) {
			Page page = signIn(context, partner.email());
			page.navigate(baseUrl() + "/dossiers");
			page.getByRole(AriaRole.LINK, named(title)).click();
			assertThat(page).hasTitle("Invitation : " + title);
			Browser.assertAccessible(page);
			page.locator("#signatoryName").fill("Alex Martin");
			page.locator("#signatoryRole").fill("Co-présidente");
			page.locator("#budgetShare").fill("3 000");
			page.getByRole(AriaRole.BUTTON, named("Envoyer la réponse")).click();
			assertThat(status(page)).containsText("Invitation acceptée");
			assertThat(page).hasURL(baseUrl() + "/dossiers/" + dossier);
			Browser.assertAccessible(page);
		}
	}

	@Test
	void anAgentPublishesACallThreeOrganisationsWinItTogetherAndTheIndicatorsCountIt() {
		long n = System.nanoTime() % 1_000_000;
		String agent = staff("agent-appel", ECONOMY, Role.MEMBER, Role.AGENT);
		String reviewer = staff("relecteur-appel", ENVIRONMENT, Role.MEMBER, Role.REVIEWER);
		long reviewerId = accounts.findByEmail(reviewer).orElseThrow().id();
		Admin lead = admin("lea", "Épicerie solidaire des Cévennes " + n);
		Admin alpha = admin("ali", "Jardin partagé de la Prairie " + n);
		Admin beta = admin("bea", "Ressourcerie du Gardon " + n);
		String callTitle = "Appel à commun(s) — Alimentation solidaire " + n;
		String title = "Cantine solidaire itinérante " + n;
		LocalDate today = LocalDate.now(PARIS);

		// 1. The agent creates the call, its criteria and workshops, and publishes it.
		long callId;
		String slug;
		try (BrowserContext context = Browser.newContext()) {
			Page page = signIn(context, agent);
			page.navigate(baseUrl() + "/");
			page.getByRole(AriaRole.LINK, named("Gestion des appels à commun(s)")).click();
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, named("Nouvel appel")).click();
			Browser.assertAccessible(page);
			page.getByLabel("Titre", new Page.GetByLabelOptions().setExact(true)).fill(callTitle);
			page.locator("#summary").fill("Coopérer pour nourrir les villages.");
			page.locator("#description").fill("<p>Des projets <strong>coopératifs</strong> d’alimentation solidaire.</p>");
			page.locator("#planAction").selectOption("1.1");
			page.getByLabel("Alimentation", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("Solidarités et lutte contre la précarité").check();
			page.getByLabel("Vie locale et tiers-lieux").check();
			page.locator("#opensOn").fill(today.toString());
			page.locator("#deadlineOn").fill(today.plusMonths(2).toString());
			page.locator("#deadlineTime").fill("12:00");
			page.locator("#minOrganisations").fill("3");
			page.locator("#minThemes").fill("2");
			page.locator("input[type=checkbox][name=diagnosisRequired]").check();
			page.getByLabel(ECONOMY, new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel(ENVIRONMENT, new Page.GetByLabelOptions().setExact(true)).check();
			page.getByRole(AriaRole.BUTTON, named("Créer le brouillon")).click();
			assertThat(status(page)).containsText("Brouillon créé");
			Browser.assertAccessible(page);
			callId = Long.parseLong(page.url().replaceAll(".*/agent/appels/(\\d+).*", "$1"));

			page.locator("nav.call-tabs").getByRole(AriaRole.LINK, tab("Critères")).click();
			page.locator("#label").fill("Coopération entre structures");
			page.locator("#weight").fill("60");
			page.getByRole(AriaRole.BUTTON, named("Enregistrer")).click();
			page.locator("#label").fill("Ancrage territorial");
			page.locator("#weight").fill("40");
			page.getByRole(AriaRole.BUTTON, named("Enregistrer")).click();
			assertThat(page.locator("#criteria-total")).hasText("100");
			Browser.assertAccessible(page);

			// Two presentation workshops: one held yesterday evening (with its attendance), one still to come.
			page.locator("nav.call-tabs").getByRole(AriaRole.LINK, tab("Ateliers de présentation")).click();
			Browser.assertAccessible(page);
			page.locator("#date").fill(today.minusDays(1).toString());
			page.locator("#startTime").fill("18:30");
			page.locator("#place").fill("Centre social de Rochebelle, Alès");
			page.locator("#attendees").fill("14");
			page.getByRole(AriaRole.BUTTON, named("Enregistrer")).click();
			assertThat(status(page)).containsText("Atelier enregistré");
			page.locator("#date").fill(today.plusDays(9).toString());
			page.locator("#startTime").fill("18:30");
			page.locator("#place").fill("Tiers-lieu de Saint-Jean-du-Gard");
			page.getByRole(AriaRole.BUTTON, named("Enregistrer")).click();
			assertThat(status(page)).containsText("Atelier enregistré");
			assertThat(page.locator("main table tbody tr")).hasCount(2);
			Browser.assertAccessible(page);

			page.locator("nav.call-tabs").getByRole(AriaRole.LINK, tab("L’appel")).click();
			page.getByRole(AriaRole.BUTTON, named("Publier l’appel")).click();
			assertThat(status(page)).containsText("L’appel est publié");
			Browser.assertAccessible(page);
			String publicUrl = page.locator("nav.call-tabs").getByRole(AriaRole.LINK, tab("Page publique"))
				.getAttribute("href");
			slug = publicUrl.substring(publicUrl.lastIndexOf('/') + 1);
		}

		// 2. Three organisations build the dossier together.
		long dossier;
		try (BrowserContext context = Browser.newContext()) {
			Page page = signIn(context, lead.email());
			page.navigate(baseUrl() + "/appels");
			page.getByRole(AriaRole.LINK, named(callTitle)).click();
			assertThat(page.locator("h1")).hasText(callTitle);
			assertThat(page.locator("main")).containsText("Au moins 3 structures de l’ESS coopérantes");
			assertThat(page.locator("main")).containsText("Au moins 2 entrées thématiques");
			assertThat(page.locator("main")).containsText("Centre social de Rochebelle");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, named("Répondre à cet appel")).click();
			Browser.assertAccessible(page);
			page.locator("#leadOrganisation").selectOption(new SelectOption().setValue("" + lead.organisationId()));
			page.locator("#title").fill(title);
			page.getByRole(AriaRole.BUTTON, named("Ouvrir le dossier")).click();
			assertThat(page.locator("h1")).hasText(title);
			Browser.assertAccessible(page);
			dossier = Long.parseLong(page.url().replaceAll(".*/dossiers/(\\d+).*", "$1"));

			page.navigate(baseUrl() + "/dossiers/" + dossier + "/modifier");
			Browser.assertAccessible(page);
			page.locator("#summary").fill("Une cantine qui circule entre trois villages des Cévennes.");
			page.locator("#descriptionHtml").fill("<p>Des repas <strong>locaux</strong> et accessibles.</p>");
			page.locator("#diagnosisText").fill("Aucune restauration collective à moins de 20 km.");
			page.getByLabel("Alimentation", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("Solidarités et lutte contre la précarité", new Page.GetByLabelOptions().setExact(true))
				.check();
			page.locator("#governanceHtml").fill("<p>Un comité mensuel, une voix par structure.</p>");
			page.getByRole(AriaRole.BUTTON, named("Enregistrer")).click();
			assertThat(status(page)).containsText("Modifications enregistrées");

			page.navigate(baseUrl() + "/dossiers/" + dossier + "/ressources");
			Browser.assertAccessible(page);
			page.locator("#description").fill("Cuisine professionnelle prêtée deux jours par semaine");
			page.getByRole(AriaRole.BUTTON, named("Ajouter")).click();
			assertThat(page.locator("main")).containsText("Cuisine professionnelle");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/dossiers/" + dossier + "/budget");
			Browser.assertAccessible(page);
			page.locator("#label").fill("Achat de denrées");
			page.locator("#amount").fill("12 000,50");
			page.getByRole(AriaRole.BUTTON, named("Ajouter")).click();
			assertThat(page.locator("main table")).containsText("12 000,50 €");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/dossiers/" + dossier + "/partenaires");
			for (Admin partner : new Admin[] { alpha, beta }) {
				page.locator("#q").fill(partner.organisationName());
				page.getByRole(AriaRole.BUTTON, named("Chercher")).click();
				page.getByRole(AriaRole.BUTTON, named("Inviter " + partner.organisationName())).click();
				assertThat(status(page)).containsText("est invitée");
			}
			Browser.assertAccessible(page);
			page.locator("#signatoryName-" + lead.organisationId()).fill("Léa Durand");
			page.locator("#signatoryRole-" + lead.organisationId()).fill("Présidente");
			page.getByRole(AriaRole.BUTTON, named("Enregistrer")).click();
			assertThat(status(page)).containsText("Modifications enregistrées");

			// The partner finder, opened from the dossier: the lead places the search, the co-authors are left out.
			page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Trouver des partenaires"))
				.click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/partenaires\\?.*chef=" + lead.organisationId() + ".*"));
			assertThat(page.locator("main")).containsText("Chef de file : " + lead.organisationName());
			assertThat(page.locator("#exclure-" + alpha.organisationId())).isChecked();
			assertThat(page.locator("#theme-alimentation")).isChecked();
			assertThat(page.locator("#commune-error")).hasCount(0);
			assertThat(page.locator("#suggestions-heading")).isVisible();
			Browser.assertAccessible(page);
		}

		accept(alpha, dossier, title);

		try (BrowserContext context = Browser.newContext()) {
			Page page = signIn(context, lead.email());
			page.navigate(baseUrl() + "/dossiers/" + dossier + "/verification");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, named("Déposer le dossier")).click();
			assertThat(page.locator("#refused")).containsText("2 structures coopérantes acceptées sur 3 requises");
			Browser.assertAccessible(page);
		}

		accept(beta, dossier, title);

		try (BrowserContext context = Browser.newContext()) {
			Page page = signIn(context, lead.email());
			page.navigate(baseUrl() + "/dossiers/" + dossier + "/verification");
			assertThat(page.locator("main")).containsText("remplit toutes les règles");
			page.getByRole(AriaRole.BUTTON, named("Déposer le dossier")).click();
			assertThat(status(page)).containsText("Dossier déposé");
			Browser.assertAccessible(page);
			page.navigate(baseUrl() + "/dossiers/" + dossier + "/modifier");
			assertThat(page).hasURL(baseUrl() + "/dossiers/" + dossier);
			assertThat(page.locator("[role=alert]").first()).containsText("il ne peut plus être modifié");
		}

		// 3. The committee. The agent composes it and assigns the dossier before the deadline.
		try (BrowserContext context = Browser.newContext()) {
			Page page = signIn(context, agent);
			page.navigate(baseUrl() + "/agent/appels/" + callId + "/modifier");
			page.locator("nav.call-tabs").getByRole(AriaRole.LINK, tab("Comité de lecture")).click();
			Browser.assertAccessible(page);
			page.locator("#account").selectOption(new SelectOption().setValue("" + reviewerId));
			page.getByRole(AriaRole.BUTTON, named("Ajouter au comité")).click();
			assertThat(status(page)).containsText("Le membre est ajouté au comité.");
			page.locator("#assign-" + dossier).selectOption(new SelectOption().setValue("" + reviewerId));
			page.locator("#dossier-" + dossier).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
				.setName("Affecter").setExact(true)).click();
			assertThat(status(page)).containsText("Le dossier est affecté.");
			Browser.assertAccessible(page);
		}

		// Time passes: the call's deadline is moved into the past with SQL (the parts read "now" from the server
		// clock, and the test cannot wait two months). Everything else still goes through the pages.
		jdbc.update("update call set deadline = now() - interval '1 minute' where id = ?", callId);

		// The member scores every criterion.
		try (BrowserContext context = Browser.newContext()) {
			Page page = signIn(context, reviewer);
			page.navigate(baseUrl() + "/comite");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, named(title)).click();
			Browser.assertAccessible(page);
			Locator scores = page.locator("main select[id^='score-']");
			assertThat(scores).hasCount(2);
			for (int i = 0; i < scores.count(); i++) {
				Locator score = scores.nth(i);
				String criterion = score.getAttribute("id").substring("score-".length());
				score.selectOption(i == 0 ? "5" : "4");
				page.locator("#comment-" + criterion).fill(i == 0 ? "Trois structures vraiment complémentaires"
						: "Un besoin documenté du territoire");
			}
			page.getByRole(AriaRole.BUTTON, named("Enregistrer mes notes")).click();
			assertThat(status(page)).containsText("Vos notes sont enregistrées.");
			Browser.assertAccessible(page);
			page.navigate(baseUrl() + "/comite/appels/" + callId + "/synthese");
			assertThat(page.locator("main table")).containsText("4,60");
			Browser.assertAccessible(page);
		}

		// The agent auditions the applicants, decides, notifies and publishes the results.
		try (BrowserContext context = Browser.newContext()) {
			Page page = signIn(context, agent);
			page.navigate(baseUrl() + "/agent/appels/" + callId + "/modifier");
			page.locator("nav.call-tabs").getByRole(AriaRole.LINK, tab("Auditions")).click();
			Browser.assertAccessible(page);
			page.locator("#date").fill(today.plusDays(3).toString());
			page.locator("#start").fill("14:00");
			page.locator("#end").fill("14:45");
			page.locator("#place").fill("Hôtel du Département, Nîmes");
			page.locator("#dossier").selectOption(new SelectOption().setLabel(title));
			page.getByRole(AriaRole.BUTTON, named("Créer le créneau")).click();
			assertThat(status(page)).containsText("Le créneau est créé.");
			page.getByRole(AriaRole.BUTTON, named("Inviter les porteurs")).click();
			assertThat(status(page)).containsText("3 courriel(s) envoyé(s)");
			page.getByRole(AriaRole.BUTTON, named("Noter présents")).click();
			assertThat(page.locator("main table")).containsText("Présents");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/agent/appels/" + callId + "/deliberation");
			assertThat(page.locator("#minutes")).containsText("Trois structures vraiment complémentaires");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, named("Enregistrer le procès-verbal")).click();
			assertThat(status(page)).containsText("Le procès-verbal est enregistré.");
			page.getByLabel("Lauréat", new Page.GetByLabelOptions().setExact(true)).check();
			page.getByLabel("Motivation").fill("Une coopération exemplaire qui répond à un besoin réel.");
			page.getByRole(AriaRole.BUTTON, named("Enregistrer la décision")).click();
			assertThat(status(page)).containsText("La décision est enregistrée.");
			page.getByRole(AriaRole.BUTTON, named("Envoyer les décisions aux porteurs")).click();
			assertThat(status(page)).containsText("1 décision(s) envoyée(s)");
			page.getByRole(AriaRole.BUTTON, named("Publier les résultats")).click();
			assertThat(status(page)).containsText("Les résultats sont publiés");
			Browser.assertAccessible(page);
		}

		// The public call page shows the laureate with its three organisations.
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/appels/" + slug);
			Locator results = page.locator("section[aria-labelledby=results-title]");
			assertThat(results).containsText(title);
			assertThat(results).containsText(lead.organisationName());
			assertThat(results).containsText(alpha.organisationName());
			assertThat(results).containsText(beta.organisationName());
			assertThat(results).containsText("Une coopération exemplaire");
			Browser.assertAccessible(page);
		}

		// 4. The laureate publishes its deliverable under an open licence and gives its retour d'expérience.
		try (BrowserContext context = Browser.newContext()) {
			Page page = signIn(context, lead.email());
			page.navigate(baseUrl() + "/laureats");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, named(title)).click();
			assertThat(page).hasTitle(title);
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.LINK, named("Ajouter un livrable")).click();
			Browser.assertAccessible(page);
			page.getByLabel("Titre").fill("Guide de la cantine itinérante");
			page.getByLabel("Description").fill("Recettes, planning et convention entre les trois structures.");
			page.getByRole(AriaRole.RADIO, named("Licence Ouverte / Open Licence Etalab 2.0")).check();
			page.getByLabel("Fichier").setInputFiles(new FilePayload("guide.pdf", "application/pdf",
					"%PDF-1.4\n% Guide de la cantine\n".getBytes(StandardCharsets.US_ASCII)));
			page.getByRole(AriaRole.BUTTON, named("Ajouter le livrable")).click();
			assertThat(status(page)).containsText("Livrable ajouté");
			page.getByRole(AriaRole.BUTTON, named("Publier « Guide de la cantine itinérante »")).click();
			assertThat(status(page)).containsText("Livrable publié");
			Browser.assertAccessible(page);

			page.getByRole(AriaRole.LINK, named("Donner le retour d’expérience")).click();
			Browser.assertAccessible(page);
			page.getByLabel("Comment s’est passée la coopération entre vos organisations ?")
				.fill("Un comité mensuel tournant entre les trois villages.");
			page.getByRole(AriaRole.RADIO, named("4 – satisfaits")).check();
			page.getByRole(AriaRole.BUTTON, named("Enregistrer le retour d’expérience")).click();
			assertThat(status(page)).containsText("Retour d’expérience enregistré");
			assertThat(page.locator("main")).containsText("(satisfaction : 4 sur 5)");
			Browser.assertAccessible(page);
		}

		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			page.navigate(baseUrl() + "/laureats");
			assertThat(page.locator("main")).containsText("Guide de la cantine itinérante");
		}

		// 5. The indicators, the CSV export and the printable dossier.
		try (BrowserContext context = Browser.newContext()) {
			Page page = signIn(context, agent);
			page.navigate(baseUrl() + "/agent/indicateurs/appels");
			assertThat(page).hasTitle("Indicateurs des appels à commun(s)");
			Browser.assertAccessible(page);
			assertThat(indicator(page, callTitle, "ANSWERS")).isEqualTo("1");
			assertThat(indicator(page, callTitle, "AT_LEAST_3_ORGANISATIONS")).isEqualTo("1");
			assertThat(indicator(page, callTitle, "MORE_THAN_3_ORGANISATIONS")).isEqualTo("0");
			assertThat(indicator(page, callTitle, "THEMES_MIN")).isEqualTo("2");
			assertThat(indicator(page, callTitle, "THEMES_AVERAGE")).isEqualTo("2");
			assertThat(indicator(page, callTitle, "THEMES_MAX")).isEqualTo("2");
			assertThat(indicator(page, callTitle, "DIAGNOSIS")).isEqualTo("1");
			assertThat(indicator(page, callTitle, "DIAGNOSIS_SHARE")).isEqualTo("100\u202f%");
			assertThat(indicator(page, callTitle, "WORKSHOPS_HELD")).isEqualTo("1");
			assertThat(indicator(page, callTitle, "WORKSHOPS_PLANNED")).isEqualTo("1");
			assertThat(indicator(page, callTitle, "FEEDBACK_ANSWERS")).isEqualTo("1");
			assertThat(indicator(page, callTitle, "SATISFACTION_AVERAGE")).isEqualTo("4");
			assertThat(indicator(page, callTitle, "SATISFACTION_SHARE_4")).isEqualTo("100\u202f%");
			assertThat(indicator(page, callTitle, "DIRECTIONS_PREPARING")).isEqualTo("2");
			assertThat(indicator(page, callTitle, "DIRECTIONS_COMMITTEE")).isEqualTo("1");
			assertThat(indicator(page, callTitle, "AUDITIONED")).isEqualTo("1");

			APIResponse csv = context.request().get(baseUrl() + "/agent/appels/" + callId + "/dossiers.csv");
			assertThat(csv.status()).isEqualTo(200);
			String row = Arrays.stream(csv.text().split("\r\n"))
				.filter(line -> line.startsWith(dossier + ";"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("dossier " + dossier + " missing from the CSV"));
			assertThat(row).contains(title, "SUBMITTED", lead.organisationName(), alpha.organisationName(),
					beta.organisationName());
			assertThat(row).endsWith(";LAUREATE");

			page.navigate(baseUrl() + "/dossiers/" + dossier + "/imprimer");
			assertThat(page.locator("main")).containsText(title);
			assertThat(page.locator("main")).containsText("Cuisine professionnelle");
			assertThat(page.getByRole(AriaRole.BUTTON, named("Imprimer ou enregistrer en PDF"))).isVisible();
			Browser.assertAccessible(page);
		}
	}

}
