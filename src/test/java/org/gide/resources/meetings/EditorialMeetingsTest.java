package org.gide.resources.meetings;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial committee records its meetings over real HTTP: field errors named, the form kept as typed, the
 * minutes sanitized, who recorded it kept; members cannot read nor record; the count reaches the indicators.
 */
class EditorialMeetingsTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void visitors() {
		TestUsers.ensure(accounts);
	}

	private static final String PAGE = "/comite-editorial/reunions";

	@Test
	void anEditorRecordsAMeetingWithSanitizedMinutes() {
		String title = "Comité de rentrée " + System.nanoTime();
		WebClient web = TestUsers.signIn(baseUrl(), "editor");
		HttpResponse<String> posted = web.submit(PAGE, PAGE, Map.of("heldOn", "2026-09-15", "title", title,
				"attendees", "7", "minutes",
				"<p>Ordre du jour <strong>validé</strong></p><script>alert(1)</script><img src=x onerror=alert(2)>"));
		assertThat(posted.statusCode()).isEqualTo(302);
		assertThat(web.location(posted)).contains(PAGE + "#reunion-");

		Map<String, Object> row = jdbc.queryForMap("select * from editorial_meeting where title = ?", title);
		assertThat(row.get("held_on")).hasToString("2026-09-15");
		assertThat(row.get("attendees")).isEqualTo(7);
		assertThat((String) row.get("minutes")).isEqualTo("<p>Ordre du jour <strong>validé</strong></p>");
		assertThat(row.get("recorded_by"))
			.isEqualTo(accounts.findByEmail(TestUsers.email("editor")).orElseThrow().id());

		HttpResponse<String> list = web.get(PAGE);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("La réunion est consignée.")
			.contains(title)
			.contains("15 septembre 2026")
			.contains("· 7 participants")
			.contains("consignée par Visiteur editor")
			.contains("<strong>validé</strong>")
			.doesNotContain("alert(1)")
			.doesNotContain("onerror");
	}

	@Test
	void eachProblemIsNamedAndTheFormKeptAsTyped() {
		WebClient web = TestUsers.signIn(baseUrl(), "agent");
		long before = jdbc.queryForObject("select count(*) from editorial_meeting", Long.class);
		HttpResponse<String> empty = web.submit(PAGE, PAGE, Map.of("heldOn", "", "title", "  ", "minutes",
				"<p>Brouillon gardé</p>"));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Le formulaire contient 2 erreurs")
			.contains("id=\"heldOn-error\"")
			.contains("Indiquez la date de la réunion.")
			.contains("id=\"title-error\"")
			.contains("Donnez un titre à la réunion.")
			.contains("&lt;p&gt;Brouillon gard");

		HttpResponse<String> wrong = web.submit(PAGE, PAGE, Map.of("heldOn", "15/09/2026", "title", "x".repeat(201),
				"attendees", "sept"));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("Saisissez la date au format AAAA-MM-JJ.")
			.contains("Le titre ne peut dépasser 200 caractères.")
			.contains("Le nombre de participants doit être un nombre entier positif.")
			.contains("value=\"sept\"");

		HttpResponse<String> future = web.submit(PAGE, PAGE, Map.of("heldOn", "2999-01-01", "title", "Plus tard"));
		assertThat(future.body()).contains("La date doit être postérieure au 1er janvier 2000 et au plus dans un an.");
		assertThat(jdbc.queryForObject("select count(*) from editorial_meeting", Long.class)).isEqualTo(before);
	}

	@Test
	void membersAndReviewersCannotReadNorRecord() {
		long before = jdbc.queryForObject("select count(*) from editorial_meeting", Long.class);
		for (String visitor : new String[] { "member", "reviewer" }) {
			WebClient web = TestUsers.signIn(baseUrl(), visitor);
			assertThat(web.get(PAGE).statusCode()).as(visitor).isEqualTo(403);
			web.get("/compte");
			assertThat(web.post(PAGE, Map.of("heldOn", "2026-01-10", "title", "Intrus")).statusCode()).as(visitor)
				.isEqualTo(403);
		}
		assertThat(web().get(PAGE).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from editorial_meeting", Long.class)).isEqualTo(before);
	}

	@Test
	void theMeetingsAreCountedInTheIndicators() {
		WebClient web = TestUsers.signIn(baseUrl(), "admin");
		for (String day : new String[] { "1999-12-31", "2000-06-01", "2000-06-30" }) {
			jdbc.update("delete from editorial_meeting where held_on = ?::date", day);
		}
		assertThat(web.submit(PAGE, PAGE, Map.of("heldOn", "2000-06-01", "title", "Premier comité")).statusCode())
			.isEqualTo(302);
		assertThat(web.submit(PAGE, PAGE, Map.of("heldOn", "2000-06-30", "title", "Second comité")).statusCode())
			.isEqualTo(302);
		HttpResponse<String> indicators = web.get("/agent/indicateurs/ressources?du=2000-06-01&au=2000-06-30&pas=month");
		assertThat(indicators.body()).containsPattern("(?s)id=\"indicateur-MEETINGS\">.*?<td class=\"number\">2</td>");
	}

}
