package org.gide.agenda.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;

/**
 * The calendar's pages over real HTTP: the list by French day with cancelled events marked and drafts never shown,
 * kind pages (unknown kind 404), the month grid on Paris month boundaries with its neighbours' links, the training
 * programme (badges, price, places) and its PDF read back with PDFBox, the sitemap.
 */
class CalendarPagesTest extends IntegrationTest {

	@Autowired
	AgendaEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	CalendarTestData data;

	long organiser;

	@BeforeEach
	void organiser() {
		data = new CalendarTestData(events, jdbc);
		organiser = data.organisation("Atelier des pages");
	}

	@Test
	void theListShowsUpcomingEventsByDayMarksCancelledOnesAndNeverDrafts() {
		AgendaEvent training = data.published(EventKind.TRAINING, CalendarTestData.daysAhead(10), "Formation à la coopération",
				e -> {
				}, organiser);
		AgendaEvent cancelled = data.cancelled(EventKind.PERMANENCE, CalendarTestData.daysAhead(11), "Permanence supprimée",
				organiser);
		data.draft(EventKind.TRAINING, CalendarTestData.daysAhead(10), "Brouillon invisible", organiser);
		data.published(EventKind.TRAINING, CalendarTestData.daysAhead(-3), "Formation passée", e -> {
		}, organiser);

		HttpResponse<String> page = web().get("/agenda?organisation=" + organiser);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Formation à la coopération", "Permanence supprimée", "Annulé", "2 événements.")
			.contains(training.path(), cancelled.path())
			.doesNotContain("Brouillon invisible")
			.doesNotContain("Formation passée")
			.contains("Événements organisés par " + data.organisationName(organiser).replace("’", "&#39;").replace("'", "&#39;"))
			.contains("href=\"/agenda.ics?organisation=" + organiser + "\"");
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();

		HttpResponse<String> trainings = web().get("/agenda/formations?organisation=" + organiser);
		assertThat(trainings.statusCode()).isEqualTo(200);
		assertThat(trainings.body()).contains("Formation à la coopération").doesNotContain("Permanence supprimée");

		assertThat(web().get("/agenda/inconnu").statusCode()).isEqualTo(302);
		TestUsers.ensure(accounts);
		assertThat(TestUsers.signIn(baseUrl(), "member").get("/agenda/inconnu").statusCode()).isEqualTo(404);
		assertThat(web().get("/agenda?organisation=" + organiser + "&lang=en").body()).contains("2 events.", "Cancelled");
	}

	@Test
	void theListTellsWhenNothingMatches() {
		HttpResponse<String> page = web().get("/agenda?organisation=" + organiser);
		assertThat(page.body()).contains("Aucun événement.", "Aucun événement ne correspond à ces filtres.");
	}

	@Test
	void theMonthGridUsesParisDaysAndLinksItsNeighbours() {
		// 31 March 2031 23:00 and 1 April 2031 00:30 in Paris (UTC+2)
		AgendaEvent lateMarch = data.published(EventKind.PERMANENCE, Instant.parse("2031-03-31T21:00:00Z"),
				"Permanence du trente et un", e -> e.setEndsAt(Instant.parse("2031-03-31T21:45:00Z")), organiser);
		AgendaEvent firstApril = data.published(EventKind.PERMANENCE, Instant.parse("2031-03-31T22:30:00Z"),
				"Permanence du premier avril", e -> {
				}, organiser);
		HttpResponse<String> april = web().get("/agenda/mois/2031-04?organisation=" + organiser);
		assertThat(april.statusCode()).isEqualTo(200);
		String body = april.body();
		assertThat(body).contains("<caption>Avril 2031</caption>", "<th scope=\"col\">", "Mardi 1 avril 2031")
			.contains("href=\"/agenda/mois/2031-03?organisation=" + organiser + "\"")
			.contains("href=\"/agenda/mois/2031-05?organisation=" + organiser + "\"")
			.contains(firstApril.path())
			.doesNotContain(lateMarch.path());
		// the first of April is in the grid's first row, second column (Tuesday)
		String firstRow = body.substring(body.indexOf("<tbody>"), body.indexOf("</tr>", body.indexOf("<tbody>")));
		assertThat(firstRow).contains(firstApril.path());
		assertThat(firstRow.split("<td>", -1)[2]).contains(firstApril.path());

		HttpResponse<String> march = web().get("/agenda/mois/2031-03?organisation=" + organiser);
		assertThat(march.body()).contains("Lundi 31 mars 2031", lateMarch.path()).doesNotContain(firstApril.path());

		TestUsers.ensure(accounts);
		assertThat(TestUsers.signIn(baseUrl(), "member").get("/agenda/mois/2031-13").statusCode()).isEqualTo(404);
	}

	@Test
	void theProgrammeGroupsTrainingsByMonthThenThemeAndComesAsPdf() throws IOException, InterruptedException {
		long partner = data.organisation("Université populaire");
		AgendaEvent shared = data.published(EventKind.TRAINING, Instant.parse("2032-05-11T07:00:00Z"),
				"Comptabilité des associations employeuses", e -> {
					e.setThemes(List.of("emploi_insertion"));
					e.setNewTraining(true);
					e.setCapacity(12);
					e.setPriceEuros(new BigDecimal("45.00"));
					e.setPriceNote("tarif réduit 20 € pour les bénévoles");
				}, organiser, partner);
		data.published(EventKind.TRAINING, Instant.parse("2032-06-03T07:00:00Z"), "Gouvernance partagée", e -> {
			e.setThemes(List.of("alimentation"));
			e.setPriceEuros(null);
		}, organiser);
		data.published(EventKind.PERMANENCE, Instant.parse("2032-05-12T07:00:00Z"), "Permanence hors programme", e -> {
		}, organiser);

		HttpResponse<String> empty = web().get("/programme-formation?annee=2033&organisation=" + organiser);
		assertThat(empty.body()).contains("Aucune session de formation pour cette année et ces filtres.",
				"Des sessions sont au programme de :", "href=\"/programme-formation?annee=2032\">Programme 2032</a>",
				"Programme 2034</a>").doesNotContain("Programme 2 0");
		HttpResponse<String> page = web().get("/programme-formation?annee=2032&organisation=" + organiser);
		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("Programme de formation 2032", "2 sessions.", "Mai 2032", "Juin 2032",
				"Emploi", "Formation mutualisée", "Nouvelle formation", "12 places", "45,00 €", "gratuit",
				data.organisationName(partner))
			.doesNotContain("Permanence hors programme");
		int may = body.indexOf("id=\"mois-2032-05\"");
		int june = body.indexOf("id=\"mois-2032-06\"");
		assertThat(may).isPositive().isLessThan(body.indexOf("Comptabilité des associations employeuses"));
		assertThat(body.indexOf("Comptabilité des associations employeuses")).isLessThan(june);
		assertThat(body.substring(may, june)).contains("<h3>Emploi").doesNotContain("Gouvernance partagée");
		assertThat(body).contains(shared.path());
		assertThat(web().get("/programme-formation?annee=2032&mois=2032-06&organisation=" + organiser).body())
			.contains("1 session.", "Gouvernance partagée").doesNotContain("Comptabilité des associations employeuses");

		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/programme-formation.pdf?annee=2032&organisation=" + organiser))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Programme de formation 2032", "Comptabilité des associations employeuses",
					"Gouvernance partagée", "Formation mutualisée");
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2); // a page per month
		}
	}

	@Test
	void theSitemapListsTheAgendaAndPublishedEventsOnly() {
		AgendaEvent published = data.published(EventKind.TRAINING, CalendarTestData.daysAhead(9), "Formation du plan",
				e -> {
				}, organiser);
		AgendaEvent draft = data.draft(EventKind.TRAINING, CalendarTestData.daysAhead(9), "Brouillon du plan", organiser);
		String sitemap = web().get("/sitemap.xml").body();
		assertThat(sitemap).contains("/agenda</loc>", "/programme-formation</loc>", published.path() + "</loc>")
			.doesNotContain(draft.path());
		String plan = web().get("/plan-du-site").body();
		assertThat(plan).contains("href=\"/agenda\"", "href=\"/programme-formation\"");
		assertThat(web().get("/").body()).contains("href=\"/agenda\"");
	}

}
