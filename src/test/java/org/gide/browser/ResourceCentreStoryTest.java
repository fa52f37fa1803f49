package org.gide.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.calls.dossiers.DossierFixtures;
import org.gide.directory.Organisations;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;

/**
 * The story, across the five parts of the resource centre and in a real browser: a member administering
 * « Coopérative témoin » proposes a method or tool (sector, territory, tags, licence); a renamed executable and an
 * 11 MiB PDF are refused with their messages, a real PDF is attached; she submits → the editorial committee comments
 * and requests changes with a reason → she reads the reason, changes « pour qui » and submits again; the revisions
 * page shows the difference → the editor approves then publishes, and the log says who, when and why → anonymous:
 * the method is in its listing, found by a search without accents, and in the type's Atom feed parsed by Rome.
 * axe-core on every page visited.
 */
class ResourceCentreStoryTest extends IntegrationTest {

	@Autowired
	private Accounts accounts;

	@Autowired
	private Organisations organisations;

	@Autowired
	private JdbcTemplate jdbc;

	private static Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name);
	}

	@Test
	void contributionReviewChangesResubmissionPublicationListingSearchAndFeed() throws Exception {
		TestUsers.ensure(accounts);
		DossierFixtures.Admin member = DossierFixtures.admin(accounts, organisations, jdbc, "ressource",
				"Coopérative témoin");
		long territory = jdbc.queryForObject("select min(id) from territory", Long.class);
		long unique = System.nanoTime() % 1_000_000;
		String title = "Méthode de l’écoute éclairée " + unique;
		Path executable = Files.createTempFile("outil", ".pdf");
		Files.write(executable, new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 });
		Path oversized = Files.createTempFile("rapport", ".pdf");
		byte[] big = new byte[11 * 1024 * 1024];
		System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
		Files.write(oversized, big);
		Path pdf = Files.createTempFile("fiche", ".pdf");
		Files.writeString(pdf, "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
				StandardCharsets.US_ASCII);

		try (BrowserContext contributor = Browser.newContext(); BrowserContext editor = Browser.newContext();
				BrowserContext visitor = Browser.newContext()) {
			// Contribution: the type, the form, the attachments.
			Page mine = contributor.newPage();
			mine.navigate(baseUrl() + "/connexion");
			mine.locator("#email").fill(member.email());
			mine.locator("#password").fill(AccountsFixtures.PASSWORD);
			mine.locator("main form button[type=submit]").first().click();
			mine.waitForLoadState();
			mine.navigate(baseUrl() + "/ressources/proposer");
			Browser.assertAccessible(mine);
			mine.getByRole(AriaRole.LINK, named("Méthode ou outil")).click();
			assertThat(mine).hasTitle("Proposer : Méthode ou outil");
			Browser.assertAccessible(mine);
			mine.locator("#title").fill(title);
			mine.locator("#summary").fill("Une méthode pour écouter avant de décider, en collectif.");
			mine.locator("#purpose").fill("Faire entendre chaque voix avant une décision collective.");
			mine.locator("#audience").fill("Les associations");
			mine.locator("#usage").fill("<p>Un tour de parole, une reformulation, puis la décision.</p>");
			mine.locator("#licence").selectOption(new SelectOption().setValue("CC_BY_SA"));
			mine.locator("#sector-ACTION_SOCIALE").check();
			mine.locator("#territory-" + territory).check();
			mine.locator("#tags").fill("Gouvernance, Écoute");
			mine.getByRole(AriaRole.BUTTON, named("Enregistrer le brouillon")).click();
			assertThat(mine).hasTitle("Modifier « " + title + " »");
			Browser.assertAccessible(mine);

			mine.locator("#attachmentTitle").fill("Fiche outil");
			mine.locator("#file").setInputFiles(executable);
			mine.getByRole(AriaRole.BUTTON, named("Joindre le fichier")).click();
			assertThat(mine.locator("#file-error")).containsText("ne correspond pas à un fichier .pdf");
			Browser.assertAccessible(mine);
			mine.locator("#attachmentTitle").fill("Rapport complet");
			mine.locator("#file").setInputFiles(oversized);
			mine.getByRole(AriaRole.BUTTON, named("Joindre le fichier")).click();
			assertThat(mine.locator("#file-error")).containsText("dépasse la taille maximale de 10 Mo");
			mine.locator("#attachmentTitle").fill("Fiche outil");
			mine.locator("#file").setInputFiles(pdf);
			mine.getByRole(AriaRole.BUTTON, named("Joindre le fichier")).click();
			assertThat(mine.locator("#pieces")).containsText("Fiche outil");
			assertThat(mine.locator("#pieces")).not().containsText("Rapport complet");

			// Submission from the contribution's workspace.
			mine.getByRole(AriaRole.LINK, named("Suivi, soumission au comité et commentaires")).click();
			assertThat(mine.locator("#item-state")).hasText("Brouillon");
			Browser.assertAccessible(mine);
			mine.getByRole(AriaRole.BUTTON, named("Soumettre au comité éditorial")).click();
			assertThat(mine.locator("#item-state")).hasText("Soumise au comité");
			String workspace = mine.url();

			// The editorial committee comments and asks for changes.
			TestUsers.signIn(editor, baseUrl(), "editor");
			Page committee = editor.newPage();
			committee.navigate(baseUrl() + "/comite-editorial");
			assertThat(committee.locator("#queue")).containsText(title);
			Browser.assertAccessible(committee);
			committee.getByRole(AriaRole.LINK, named(title)).click();
			committee.getByLabel("Votre commentaire").fill("Belle méthode ; le public visé est trop étroit.");
			committee.getByRole(AriaRole.BUTTON, named("Ajouter le commentaire")).click();
			assertThat(committee.locator("#commentaires")).containsText("le public visé est trop étroit");
			committee.locator("#reason-REQUEST_CHANGES").fill("Précisez pour qui est cet outil.");
			committee.getByRole(AriaRole.BUTTON, named("Demander des modifications")).click();
			assertThat(committee.locator("#item-state")).hasText("Modifications demandées");
			Browser.assertAccessible(committee);

			// The contributor reads the reason, changes « pour qui » and submits again.
			mine.navigate(workspace);
			assertThat(mine.locator("#item-state")).hasText("Modifications demandées");
			assertThat(mine.locator("#transition-log")).containsText("Précisez pour qui est cet outil.");
			assertThat(mine.locator("#commentaires")).containsText("le public visé est trop étroit");
			Browser.assertAccessible(mine);
			mine.getByRole(AriaRole.LINK, named("Modifier le contenu")).click();
			mine.locator("#audience").fill("Les associations et les collectivités du Gard");
			mine.getByRole(AriaRole.BUTTON, named("Enregistrer les modifications")).click();
			assertThat(mine.locator("main [role=status]")).containsText("Modifications enregistrées");
			mine.getByRole(AriaRole.LINK, named("Suivi, soumission au comité et commentaires")).click();
			mine.getByRole(AriaRole.BUTTON, named("Soumettre au comité éditorial")).click();
			assertThat(mine.locator("#item-state")).hasText("Soumise au comité");

			// The editor sees the difference, approves, publishes; the log says who, when and why.
			committee.navigate(workspace);
			committee.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Révisions et différences")))
				.click();
			Browser.assertAccessible(committee);
			committee.locator("main a[href*='avec=']").first().click();
			assertThat(committee.locator("main ins").first()).isVisible();
			assertThat(committee.locator("main")).containsText("et les collectivités du Gard");
			Browser.assertAccessible(committee);
			committee.navigate(workspace);
			committee.getByRole(AriaRole.BUTTON, named("Approuver")).click();
			assertThat(committee.locator("#item-state")).hasText("Approuvée");
			committee.getByRole(AriaRole.BUTTON, named("Publier maintenant")).click();
			assertThat(committee.locator("#item-state")).hasText("Publiée");
			assertThat(committee.locator("#transition-log")).containsText("Précisez pour qui est cet outil.");
			assertThat(committee.locator("#transition-log")).containsText(member.name());
			Browser.assertAccessible(committee);

			// Anyone: the listing, a search without accents, the page and its file.
			Page reader = visitor.newPage();
			reader.navigate(baseUrl() + "/ressources/methodes-et-outils");
			assertThat(reader.locator("main")).containsText(title);
			Browser.assertAccessible(reader);
			reader.navigate(baseUrl() + "/ressources?q=ecoute+eclairee+" + unique);
			assertThat(reader.locator("main")).containsText(title);
			Browser.assertAccessible(reader);
			reader.getByRole(AriaRole.LINK, named(title)).first().click();
			assertThat(reader.locator("h1")).containsText(title);
			assertThat(reader.locator("main")).containsText("Les associations et les collectivités du Gard");
			assertThat(reader.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Fiche outil"))))
				.isVisible();
			Browser.assertAccessible(reader);
		}

		// The type's Atom feed, parsed by a real feed library.
		HttpResponse<String> atom = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/flux/ressources/methodes-et-outils.atom")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(atom.statusCode()).isEqualTo(200);
		assertThat(atom.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		SyndFeedInput input = new SyndFeedInput();
		input.setXmlHealerOn(false);
		SyndFeed feed = input.build(new StringReader(atom.body()));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		SyndEntry entry = feed.getEntries()
			.stream()
			.filter(e -> e.getTitle().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the published method is not in the Atom feed"));
		assertThat(entry.getLink()).startsWith("http").contains("/ressources/methodes-et-outils/");
		assertThat(jdbc.queryForList("select action from resource_transition t join resource_item i on i.id = t.item_id "
				+ "where i.title = ? order by t.id", String.class, title))
			.containsExactly("CREATE", "SUBMIT", "REQUEST_CHANGES", "SUBMIT", "APPROVE", "PUBLISH");
	}

}
