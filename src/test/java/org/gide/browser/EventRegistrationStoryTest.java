package org.gide.browser;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.agenda.AgendaFixtures;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.gide.accounts.AccountsFixtures.awaitMail;
import static org.gide.accounts.AccountsFixtures.link;
import static org.gide.accounts.AccountsFixtures.uniqueEmail;

/**
 * Two people register with a name and an email for a training of one seat: the first confirms through the mail's
 * link and gets the seat, the second waits; the first cancels through the manage link, the second is promoted and
 * mailed; the agent sees her in the participants' list. axe-core on every page, in French.
 */
class EventRegistrationStoryTest extends IntegrationTest {

	private static final Pattern MANAGE = Pattern.compile("https?://[^/\\s]+(/agenda/inscriptions/[A-Za-z0-9_-]{43})");

	@Autowired
	Accounts accounts;

	@Autowired
	AgendaEvents events;

	@Autowired
	JdbcTemplate jdbc;

	private static String manageLink(String body) {
		Matcher matcher = MANAGE.matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("No manage link in:\n" + body);
		}
		return matcher.group(1);
	}

	private void register(Page page, long eventId, String name, String email) {
		page.navigate(baseUrl() + "/agenda/evenements/" + eventId + "/inscription");
		Browser.assertAccessible(page);
		page.locator("#name").fill(name);
		page.locator("#email").fill(email);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("S’inscrire")).click();
		assertThat(page.locator("#requested")).containsText("Un message vient d’être envoyé à " + email);
		Browser.assertAccessible(page);
	}

	@Test
	void registerConfirmCancelAndTheWaitingPersonIsPromoted() {
		TestUsers.ensure(accounts);
		AgendaEvent event = new AgendaFixtures(events, jdbc).published(EventKind.TRAINING,
				Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
		event.setCapacity(1);
		event.setAccessibility("Salle de plain-pied, boucle magnétique");
		event = events.store(event);
		String alice = uniqueEmail("histoire-alice");
		String bruno = uniqueEmail("histoire-bruno");
		try (BrowserContext context = Browser.newContext()) {
			Page page = context.newPage();
			register(page, event.getId(), "Alice Martin", alice);
			String aliceMail = awaitMail(MAIL, alice, 1);
			page.navigate(baseUrl() + link(aliceMail, "/agenda/inscriptions/confirmation"));
			assertThat(page.locator("#outcome")).containsText("votre adresse est confirmée");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/agenda/evenements/" + event.getId() + "/inscription");
			assertThat(page.locator("#seats")).containsText("Complet");
			register(page, event.getId(), "Bruno Roux", bruno);
			String brunoMail = awaitMail(MAIL, bruno, 1);
			page.navigate(baseUrl() + link(brunoMail, "/agenda/inscriptions/confirmation"));
			Browser.assertAccessible(page);
			page.navigate(baseUrl() + manageLink(brunoMail));
			assertThat(page.locator("#status")).hasText("Sur liste d’attente");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + manageLink(aliceMail));
			assertThat(page.locator("#status")).hasText("Inscription confirmée");
			assertThat(page.locator("main")).containsText("Salle de plain-pied, boucle magnétique");
			Browser.assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Annuler mon inscription")).click();
			assertThat(page.locator("#cancelled")).hasText("Votre inscription est annulée.");
			assertThat(page.locator("#status")).hasText("Annulée");
			Browser.assertAccessible(page);

			String promoted = awaitMail(MAIL, bruno, 2);
			org.assertj.core.api.Assertions.assertThat(promoted).contains("Une place s’est libérée");
			page.navigate(baseUrl() + manageLink(promoted));
			assertThat(page.locator("#status")).hasText("Inscription confirmée");
		}
		try (BrowserContext context = Browser.newContext()) {
			TestUsers.signIn(context, baseUrl(), "agent");
			Page page = context.newPage();
			page.navigate(baseUrl() + "/agenda/evenements/" + event.getId() + "/participants");
			assertThat(page.locator("#seated")).containsText("Bruno Roux");
			assertThat(page.locator("#counts")).containsText("Places occupées : 1 sur 1");
			Browser.assertAccessible(page);
			page.navigate(baseUrl() + "/agenda/evenements/" + event.getId() + "/participants?lang=en");
			assertThat(page.locator("#seated")).containsText("Bruno Roux");
			Browser.assertAccessible(page);
		}
	}

}
