package org.gide.calls.indicators;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gide.calls.indicators.CallIndicators.Figures;
import org.gide.calls.indicators.CallIndicators.Indicator;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;
import org.gide.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The plan's indicators computed from two calls whose dossiers, partners, workshops, feedback, committee and
 * auditions are inserted here; every figure is asserted exactly, for each call and for both together.
 */
class CallIndicatorsTest extends IntegrationTest {

	private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CallIndicators indicators;

	@Autowired
	Accounts accounts;

	long first;

	long second;

	String firstTitle;

	String directionB;

	String directionA;

	@BeforeEach
	void twoCalls() {
		long n = SEQ.incrementAndGet();
		Instant now = Instant.now();
		firstTitle = "Appel indicateurs " + n;
		first = call(firstTitle, "CLOSED");
		second = call("Second appel indicateurs " + n, "PUBLISHED");
		long dirA = direction("Direction A " + n);
		long dirB = direction("Direction B " + n);
		long dirC = direction("Direction C " + n);
		long dirD = direction("Direction D " + n);
		directionA = "Direction A " + n;
		directionB = "Direction B " + n;
		// Theme codes of this test only: the theme–direction table is global and other tests fill it too.
		String t1 = "t1-" + n, t2 = "t2-" + n, t3 = "t3-" + n, t4 = "t4-" + n, t5 = "t5-" + n, t9 = "t9-" + n;
		themeDirection(t1, dirA);
		themeDirection(t2, dirB);
		themeDirection(t4, dirC);
		themeDirection(t9, dirD);

		long o1 = organisation("O1 " + n), o2 = organisation("O2 " + n), o3 = organisation("O3 " + n),
				o4 = organisation("O4 " + n), o5 = organisation("O5 " + n);
		// First call: four organisations (one declined partner left out), three, and one (an invitation pending).
		long d1 = dossier(first, o1, "SUBMITTED", "Diagnostic partagé", t1, t2, t3);
		partners(d1, "ACCEPTED", o2, o3, o4);
		partners(d1, "DECLINED", o5);
		long d2 = dossier(first, o2, "SUBMITTED", "", t1, t2);
		partners(d2, "ACCEPTED", o1, o3);
		long need = jdbc.queryForObject("insert into territory_need (title, organisation_id, posted_by, posted_at) "
				+ "values ('Besoin', ?, 0, now()) returning id", Long.class, o1);
		jdbc.update("insert into dossier_need (dossier_id, need_id) values (?, ?)", d2, need);
		long d3 = dossier(first, o3, "SUBMITTED", "   ", t1, t2, t4, t5);
		partners(d3, "INVITED", o4);
		long draft = dossier(first, o4, "DRAFT", "Brouillon", t1);
		partners(draft, "ACCEPTED", o1, o2, o3, o5);

		workshop(first, now.minus(Duration.ofDays(20)), false);
		workshop(first, now.minus(Duration.ofDays(10)), false);
		workshop(first, now.minus(Duration.ofDays(5)), true);
		workshop(first, now.plus(Duration.ofDays(3)), false);

		feedback(d1, 5);
		feedback(d2, 3);

		jdbc.update("insert into call_direction (call_id, direction_id) values (?, ?), (?, ?)", first, dirA, first, dirB);
		member(first, 1_000_001, dirA);
		member(first, 1_000_002, dirA);
		member(first, 1_000_003, dirC);
		member(first, 1_000_004, null);

		audition(first, d1, Boolean.TRUE);
		audition(first, d2, Boolean.FALSE);
		audition(first, d3, null);
		audition(first, null, null);

		// Second call: one answer of five organisations, one theme, nobody on the committee.
		long d5 = dossier(second, o5, "SUBMITTED", "Constat", t1);
		partners(d5, "ACCEPTED", o1, o2, o3, o4);
		jdbc.update("insert into call_direction (call_id, direction_id) values (?, ?), (?, ?)", second, dirA, second,
				dirD);
	}

	@Test
	void eachCallsFiguresAreComputedFromItsRows() {
		Figures one = indicators.figures(List.of(first));
		assertThat(one.get(Indicator.ANSWERS)).isEqualTo(3L);
		assertThat(one.get(Indicator.MORE_THAN_3_ORGANISATIONS)).isEqualTo(1L);
		assertThat((Double) one.get(Indicator.MORE_THAN_3_ORGANISATIONS_SHARE)).isCloseTo(1 / 3.0, within(1e-9));
		assertThat(one.get(Indicator.AT_LEAST_3_ORGANISATIONS)).isEqualTo(2L);
		assertThat(one.get(Indicator.THEMES_MIN)).isEqualTo(2L);
		assertThat((Double) one.get(Indicator.THEMES_AVERAGE)).isCloseTo(3.0, within(1e-9));
		assertThat(one.get(Indicator.THEMES_MAX)).isEqualTo(4L);
		assertThat(one.get(Indicator.DIAGNOSIS)).isEqualTo(2L);
		assertThat((Double) one.get(Indicator.DIAGNOSIS_SHARE)).isCloseTo(2 / 3.0, within(1e-9));
		assertThat(one.get(Indicator.WORKSHOPS_HELD)).isEqualTo(2L);
		assertThat(one.get(Indicator.WORKSHOPS_PLANNED)).isEqualTo(1L);
		assertThat(one.get(Indicator.FEEDBACK_ANSWERS)).isEqualTo(2L);
		assertThat((Double) one.get(Indicator.SATISFACTION_AVERAGE)).isCloseTo(4.0, within(1e-9));
		assertThat((Double) one.get(Indicator.SATISFACTION_SHARE_4)).isCloseTo(0.5, within(1e-9));
		assertThat(one.get(Indicator.DIRECTIONS_PREPARING)).isEqualTo(2L);
		assertThat(one.get(Indicator.DIRECTIONS_COMMITTEE)).isEqualTo(2L);
		assertThat(one.get(Indicator.DIRECTIONS_CONCERNED)).isEqualTo(3L);
		assertThat(one.get(Indicator.DIRECTIONS_CONCERNED_REPRESENTED)).isEqualTo(2L);
		assertThat((Double) one.get(Indicator.REPRESENTATIVENESS)).isCloseTo(2 / 3.0, within(1e-9));
		assertThat(one.get(Indicator.DIRECTIONS_MISSING)).isEqualTo(List.of(directionB));
		assertThat(one.get(Indicator.AUDITIONED)).isEqualTo(1L);

		Figures two = indicators.figures(List.of(second));
		assertThat(two.get(Indicator.ANSWERS)).isEqualTo(1L);
		assertThat(two.get(Indicator.MORE_THAN_3_ORGANISATIONS)).isEqualTo(1L);
		assertThat(two.get(Indicator.THEMES_MIN)).isEqualTo(1L);
		assertThat(two.get(Indicator.FEEDBACK_ANSWERS)).isEqualTo(0L);
		assertThat(two.get(Indicator.SATISFACTION_AVERAGE)).isNull();
		assertThat(two.get(Indicator.SATISFACTION_SHARE_4)).isNull();
		assertThat(two.get(Indicator.WORKSHOPS_HELD)).isEqualTo(0L);
		assertThat(two.get(Indicator.DIRECTIONS_COMMITTEE)).isEqualTo(0L);
		assertThat(two.get(Indicator.REPRESENTATIVENESS)).isEqualTo(0.0);
		assertThat(two.get(Indicator.DIRECTIONS_MISSING)).isEqualTo(List.of(directionA));
	}

	@Test
	void theOverallColumnTakesBothCallsTogether() {
		Figures both = indicators.figures(List.of(first, second));
		assertThat(both.get(Indicator.ANSWERS)).isEqualTo(4L);
		assertThat(both.get(Indicator.MORE_THAN_3_ORGANISATIONS)).isEqualTo(2L);
		assertThat((Double) both.get(Indicator.MORE_THAN_3_ORGANISATIONS_SHARE)).isCloseTo(0.5, within(1e-9));
		assertThat(both.get(Indicator.AT_LEAST_3_ORGANISATIONS)).isEqualTo(3L);
		assertThat(both.get(Indicator.THEMES_MIN)).isEqualTo(1L);
		assertThat((Double) both.get(Indicator.THEMES_AVERAGE)).isCloseTo(2.5, within(1e-9));
		assertThat(both.get(Indicator.THEMES_MAX)).isEqualTo(4L);
		assertThat(both.get(Indicator.DIAGNOSIS)).isEqualTo(3L);
		assertThat(both.get(Indicator.WORKSHOPS_HELD)).isEqualTo(2L);
		assertThat(both.get(Indicator.DIRECTIONS_PREPARING)).isEqualTo(3L);
		assertThat(both.get(Indicator.DIRECTIONS_COMMITTEE)).isEqualTo(2L);
		assertThat(both.get(Indicator.DIRECTIONS_CONCERNED)).isEqualTo(4L);
		assertThat(both.get(Indicator.DIRECTIONS_CONCERNED_REPRESENTED)).isEqualTo(2L);
		assertThat((Double) both.get(Indicator.REPRESENTATIVENESS)).isCloseTo(0.5, within(1e-9));
		assertThat((List<?>) both.get(Indicator.DIRECTIONS_MISSING)).hasSize(2)
			.anySatisfy(m -> assertThat((String) m).startsWith(directionA + " (Second appel"))
			.anySatisfy(m -> assertThat((String) m).startsWith(directionB + " (Appel indicateurs"));
		assertThat(both.get(Indicator.AUDITIONED)).isEqualTo(1L);
	}

	@Test
	void theCsvIsForAgentsInFrenchWithABom() {
		TestUsers.ensure(accounts);
		assertThat(TestUsers.signIn(baseUrl(), "member").get("/agent/indicateurs/appels.csv").statusCode())
			.isEqualTo(403);
		assertThat(TestUsers.signIn(baseUrl(), "reviewer").get("/agent/indicateurs/appels").statusCode())
			.isEqualTo(403);
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		HttpResponse<String> csv = agent.get("/agent/indicateurs/appels.csv", "text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFFIndicateur;Code;Ensemble des appels;");
		List<String[]> rows = csv.body().lines().map(l -> l.split(";", -1)).toList();
		int column = Arrays.asList(rows.get(0)).indexOf(firstTitle);
		assertThat(column).isGreaterThan(2);
		Map<String, String> values = new java.util.HashMap<>();
		rows.stream().skip(1).forEach(r -> values.put(r[1], r[column]));
		assertThat(values).containsEntry("ANSWERS", "3")
			.containsEntry("MORE_THAN_3_ORGANISATIONS_SHARE", "33,3\u202f%")
			.containsEntry("THEMES_AVERAGE", "3")
			.containsEntry("DIAGNOSIS_SHARE", "66,7\u202f%")
			.containsEntry("SATISFACTION_AVERAGE", "4")
			.containsEntry("SATISFACTION_SHARE_4", "50\u202f%")
			.containsEntry("DIRECTIONS_MISSING", directionB)
			.containsEntry("AUDITIONED", "1");

		String page = agent.get("/agent/indicateurs/appels").body();
		assertThat(page).contains(firstTitle, "Réponses avec plus de 3 organisations coopérantes", "33,3\u202f%",
				"Ateliers non annulés dont l’heure de début est passée.");
	}

	private long call(String title, String status) {
		Timestamp now = Timestamp.from(Instant.now());
		return jdbc.queryForObject("insert into call (slug, title, status, published_at, created_at, updated_at) "
				+ "values (?, ?, ?, ?, ?, ?) returning id", Long.class, "indicateurs-" + SEQ.incrementAndGet(), title,
				status, now, now, now);
	}

	private long direction(String name) {
		return jdbc.queryForObject("insert into direction (name) values (?) returning id", Long.class, name);
	}

	private void themeDirection(String theme, long direction) {
		jdbc.update("insert into theme_direction (theme, direction_id) values (?, ?)", theme, direction);
	}

	private long organisation(String name) {
		return jdbc.queryForObject("insert into organisation (name, ess_family, sector, source) "
				+ "values (?, 'ASSOCIATION', 'NON_CLASSE', 'MANUAL') returning id", Long.class, name);
	}

	private long dossier(long call, long lead, String status, String diagnosis, String... themes) {
		Timestamp now = Timestamp.from(Instant.now());
		long id = jdbc.queryForObject("insert into dossier (call_id, lead_organisation, title, diagnosis_text, themes, "
				+ "status, created_by, created_at, updated_at) values (?, ?, 'Dossier', ?, ?, ?, 0, ?, ?) returning id",
				Long.class, call, lead, diagnosis, themes, status, now, now);
		jdbc.update("insert into dossier_partner (dossier_id, organisation_id, role, status, invited_at) "
				+ "values (?, ?, 'LEAD', 'ACCEPTED', now())", id, lead);
		return id;
	}

	private void partners(long dossier, String status, long... organisations) {
		for (long organisation : organisations) {
			jdbc.update("insert into dossier_partner (dossier_id, organisation_id, role, status, invited_at) "
					+ "values (?, ?, 'PARTNER', ?, now())", dossier, organisation, status);
		}
	}

	private void workshop(long call, Instant startsAt, boolean cancelled) {
		jdbc.update("insert into call_workshop (call_id, starts_at, cancelled) values (?, ?, ?)", call,
				Timestamp.from(startsAt), cancelled);
	}

	private void feedback(long dossier, int score) {
		jdbc.update("insert into experience_feedback (dossier_id, satisfaction, answered_by, answered_at) "
				+ "values (?, ?, 0, now())", dossier, score);
	}

	private void member(long call, long account, Long direction) {
		jdbc.update("insert into committee_member (call_id, account_id, direction_id, added_at) values (?, ?, ?, now())",
				call, account, direction);
	}

	private void audition(long call, Long dossier, Boolean attended) {
		jdbc.update("insert into audition_slot (call_id, starts_at, ends_at, dossier_id, attended) "
				+ "values (?, now(), now() + interval '30 minutes', ?, ?)", call, dossier, attended);
	}

}
