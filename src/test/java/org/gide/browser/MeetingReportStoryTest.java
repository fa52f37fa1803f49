package org.gide.browser;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

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
import org.gide.agenda.events.EventState;
import org.gide.agenda.reports.ReportFixtures;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An agent files the report of a past territorial meeting: the participants and organisations are prefilled from the
 * attendance, an organisation is added by name (an unknown one is named first), the sectors represented are derived;
 * then the agenda's indicators show the meeting with its participants, organisations and sectors. axe-core on every
 * page.
 */
class MeetingReportStoryTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	AgendaEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAgentFilesAReportAndReadsTheIndicators() {
		TestUsers.ensure(accounts);
		ReportFixtures fixtures = new ReportFixtures(jdbc);
		String n = String.valueOf(System.nanoTime());
		long social = fixtures.organisation("Épicerie solidaire " + n, "ACTION_SOCIALE");
		fixtures.organisation("Théâtre coopératif " + n, "ARTS_SPECTACLES");
		AgendaEvent draft = new AgendaFixtures(events, jdbc).draft(EventKind.TERRITORIAL_MEETING,
				LocalDateTime.of(2014, 3, 13, 18, 0).atZone(ZoneId.of("Europe/Paris")).toInstant());
		draft.setTitle("Rencontre du printemps " + n);
		draft.setOrganiserIds(List.of());
		draft.setOrganisedByDepartment(true);
		draft.setState(EventState.PUBLISHED);
		long id = events.store(draft).getId();
		fixtures.registration(id, "p1" + n + "@exemple.test", social, "ESS", true);
		fixtures.registration(id, "p2" + n + "@exemple.test", null, "OTHER", true);

		try (BrowserContext context = Browser.newContext()) {
			TestUsers.signIn(context, baseUrl(), "agent");
			Page page = context.newPage();
			page.navigate(baseUrl() + "/agenda/evenements/" + id + "/compte-rendu");
			assertThat(page).hasTitle("Compte rendu : Rencontre du printemps " + n);
			assertThat(page.locator("#participants")).hasValue("2");
			assertThat(page.locator("#listed-organisations")).containsText("Épicerie solidaire " + n);
			Browser.assertAccessible(page);

			page.locator("#organisations").fill("Structure inconnue " + n + "\nThéâtre coopératif " + n);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le compte rendu")).click();
			assertThat(page.locator("#organisations-error"))
				.containsText("« Structure inconnue " + n + " » : aucune structure de l’annuaire ne correspond");
			Browser.assertAccessible(page);

			page.locator("#organisations").fill("Théâtre coopératif " + n);
			page.locator("#participants").fill("14");
			page.locator("#summary").fill("Tour de table des projets du territoire.");
			page.locator("#followUp").fill("Atelier thématique sur la mobilité en juin.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le compte rendu")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Le compte rendu est enregistré.");
			assertThat(page.locator("#report-participants")).hasText("14");
			assertThat(page.locator("#report-organisations-count")).hasText("2");
			assertThat(page.locator("#report-sectors")).hasText("Action sociale, Arts et spectacles");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/agent/indicateurs/agenda");
			assertThat(page).hasTitle("Indicateurs de l’agenda");
			page.locator("#du").fill("2014-01-01");
			page.locator("#au").fill("2014-12-31");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Calculer")).click();
			var row = page.locator("#rencontre-" + id);
			assertThat(row.locator("th")).hasText("Rencontre du printemps " + n);
			assertThat(row.locator("td.participants")).hasText("14");
			assertThat(row.locator("td.organisations")).hasText("2");
			assertThat(row.locator("td.sectors")).hasText("2 : Action sociale, Arts et spectacles");
			assertThat(row.locator("td.reported")).hasText("Déposé");
			assertThat(page.locator("#table-trimestres thead th").nth(1)).hasText("1ᵉʳ trimestre 2014");
			Browser.assertAccessible(page);

			page.navigate(baseUrl() + "/agent/indicateurs/agenda?du=2014-01-01&au=2014-12-31&lang=en");
			assertThat(page).hasTitle("Agenda indicators");
			Browser.assertAccessible(page);
			page.navigate(baseUrl() + "/agenda/evenements/" + id + "/compte-rendu?lang=en");
			assertThat(page.locator("#report-sectors")).hasText("Social work, Arts and performing arts");
			Browser.assertAccessible(page);
		}
	}

}
