package org.gide.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.agenda.AgendaFixtures;
import org.gide.agenda.EventKind;
import org.gide.agenda.calendar.AgendaQuery;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.support.Browser;
import org.gide.support.IntegrationTest;

/**
 * A visitor reads the agenda in a real browser: without JavaScript the GET form filters the list by theme, the month
 * view opens and moves to the next month; with JavaScript a filter replaces the list in place; the training
 * programme of the year shows the session. axe-core on every page.
 */
class AgendaCalendarStoryTest extends IntegrationTest {

	@Autowired
	AgendaEvents events;

	@Autowired
	JdbcTemplate jdbc;

	BrowserContext context;

	Page page;

	long organiser;

	AgendaEvent training;

	AgendaEvent meeting;

	@BeforeEach
	void eventsAndBrowser() {
		organiser = jdbc.queryForObject("insert into organisation (name, ess_family, sector, source) values (?, "
				+ "'ASSOCIATION', 'NON_CLASSE', 'MANUAL') returning id", Long.class,
				"Organisme de formation " + Long.toString(System.nanoTime(), 36));
		AgendaFixtures fixtures = new AgendaFixtures(events, jdbc);
		Instant start = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		AgendaEvent draft = fixtures.draft(EventKind.TRAINING, start);
		draft.setTitle("Formation aux achats alimentaires");
		draft.setThemes(List.of("alimentation"));
		draft.setOrganiserIds(List.of(organiser));
		draft.setState(org.gide.agenda.events.EventState.PUBLISHED);
		training = events.store(draft);
		meeting = fixtures.published(EventKind.TERRITORIAL_MEETING, start.plus(1, ChronoUnit.DAYS), organiser);
		context = Browser.newContext();
		page = context.newPage();
	}

	@AfterEach
	void closeBrowser() {
		context.close();
	}

	@Test
	void withoutJavaScriptTheListIsFilteredAndTheMonthViewBrowsed() {
		context.route("**/*.js", route -> route.abort());
		page.navigate(baseUrl() + "/agenda?organisation=" + organiser);
		assertThat(page).hasTitle("Agenda");
		assertThat(page.locator("#agenda-compte")).containsText("2 événements.");
		Browser.assertAccessible(page);

		page.selectOption("#filtre-theme", "alimentation");
		page.locator("#agenda-filtrer").click();
		page.waitForURL("**theme=alimentation**");
		assertThat(page.locator("#agenda-compte")).containsText("1 événement.");
		assertThat(page.locator(".agenda-events")).containsText("Formation aux achats alimentaires");
		Browser.assertAccessible(page);

		page.locator("#lien-mois").click();
		YearMonth month = YearMonth.from(training.getStartsAt().atZone(AgendaQuery.PARIS));
		page.waitForURL("**/agenda/mois/" + month + "**");
		assertThat(page.locator("table.agenda-month caption")).isVisible();
		assertThat(page.locator("table.agenda-month a")).hasCount(1);
		assertThat(page.locator("table.agenda-month a")).hasText("Formation aux achats alimentaires");
		Browser.assertAccessible(page);

		page.locator("#mois-suivant").click();
		page.waitForURL("**/agenda/mois/" + month.plusMonths(1) + "**");
		assertThat(page.locator("#mois-precedent")).isVisible();
		Browser.assertAccessible(page);

		page.locator("nav.main-nav a", new Page.LocatorOptions().setHasText("Agenda")).click();
		page.waitForURL("**/agenda");
		assertThat(page.locator("nav.main-nav a[aria-current=page]")).hasText("Agenda");
	}

	@Test
	void withJavaScriptAFilterReplacesTheListInPlace() {
		page.navigate(baseUrl() + "/agenda?organisation=" + organiser);
		assertThat(page.locator("#agenda-compte")).containsText("2 événements.");
		page.selectOption("#filtre-type", "rencontres-territoriales");
		page.waitForURL("**type=rencontres-territoriales**");
		assertThat(page.locator("#agenda-compte")).containsText("1 événement.");
		assertThat(page.locator(".agenda-events")).containsText(meeting.getTitle());
		Browser.assertAccessible(page);
	}

	@Test
	void theProgrammeShowsTheYearsTrainings() {
		int year = training.getStartsAt().atZone(AgendaQuery.PARIS).getYear();
		page.navigate(baseUrl() + "/programme-formation?annee=" + year + "&organisation=" + organiser);
		assertThat(page).hasTitle("Programme de formation " + year);
		assertThat(page.locator("#programme-compte")).containsText("1 session.");
		assertThat(page.locator(".programme-theme h3")).hasText("Alimentation");
		assertThat(page.locator("#lien-pdf")).hasAttribute("href",
				"/programme-formation.pdf?annee=" + year + "&organisation=" + organiser);
		Browser.assertAccessible(page);
		page.navigate(baseUrl() + "/programme-formation?annee=" + year + "&organisation=" + organiser + "&lang=en");
		assertThat(page).hasTitle("Training programme " + year);
		Browser.assertAccessible(page);
		page.navigate(baseUrl() + "/?lang=fr");
	}

}
