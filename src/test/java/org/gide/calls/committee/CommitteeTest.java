package org.gide.calls.committee;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;
import org.gide.calls.CallResults;
import org.gide.directory.Organisations;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gide.accounts.AccountsFixtures.awaitMail;
import static org.gide.accounts.AccountsFixtures.mailsTo;

/** The reading committee over real HTTP: assignment, deadline, conflicts, scores, auditions, threads, decisions. */
class CommitteeTest extends IntegrationTest {

	static final String CULTURE = "Direction de la culture, de la jeunesse et des sports";

	static final String ECONOMY = "Direction de l’économie, de l’emploi et de l’insertion";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	CallResults results;

	CommitteeFixtures f;

	String agent;

	String culture;

	String economy;

	String adminA;

	String adminB;

	String adminC;

	long orgA;

	long orgB;

	long orgC;

	long call;

	long d1;

	long d2;

	@BeforeEach
	void setUp() {
		f = new CommitteeFixtures(jdbc, accounts, organisations);
		agent = f.account("agent", ECONOMY, Role.AGENT);
		culture = f.account("relecteur-culture", CULTURE, Role.REVIEWER);
		economy = f.account("relecteur-eco", ECONOMY, Role.REVIEWER);
		adminA = f.account("admin-a", null);
		adminB = f.account("admin-b", null);
		adminC = f.account("admin-c", null);
		orgA = f.organisation("Tiers-lieu des Cévennes", adminA);
		orgB = f.organisation("Recyclerie d’Alès", adminB);
		orgC = f.organisation("Jardins de Nîmes", adminC);
		call = f.call("Appel à communs culture", "now() + interval '5 days'");
		d1 = f.dossier(call, "Fabrique culturelle " + CommitteeFixtures.next(), new String[] { "culture", "jeunesse" },
				orgA, orgB);
		d2 = f.dossier(call, "Potagers partagés " + CommitteeFixtures.next(),
				new String[] { "alimentation", "emploi_insertion" }, orgC);
	}

	private Map<String, String> form(String... pairs) {
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	private WebClient agentWithCommittee() {
		WebClient web = CommitteeFixtures.signIn(baseUrl(), agent);
		String page = "/agent/appels/" + call + "/comite";
		assertThat(web.submit(page, page + "/membres", form("account", "" + f.id(culture))).statusCode()).isEqualTo(302);
		assertThat(web.post(page + "/membres", form("account", "" + f.id(economy))).statusCode()).isEqualTo(302);
		return web;
	}

	@Test
	void suggestsMembersWhoseDirectionMatchesTheThemesWithTheReason() {
		WebClient web = agentWithCommittee();
		String body = web.get("/agent/appels/" + call + "/comite").body();
		assertThat(body).contains(f.name(culture) + ", car sa direction (" + CULTURE.replace("’", "&#39;"))
			.doesNotContain("Celle de son compte\">");
		// The culture reviewer is suggested for the culture dossier, the economy one for the jobs dossier.
		String d1Section = body.substring(body.indexOf("dossier-" + d1), body.indexOf("dossier-" + d2));
		assertThat(d1Section).contains("Affecter " + f.name(culture)).doesNotContain("Affecter " + f.name(economy));
		String d2Section = body.substring(body.indexOf("dossier-" + d2));
		assertThat(d2Section).contains("Affecter " + f.name(economy)).doesNotContain("Affecter " + f.name(culture));
		// A member account that is neither agent nor reviewer cannot join the committee.
		web.post("/agent/appels/" + call + "/comite/membres", form("account", "" + f.id(adminA)));
		assertThat(jdbc.queryForObject("select count(*) from committee_member where call_id = ?", Integer.class, call))
			.isEqualTo(2);
	}

	@Test
	void membersSeeOnlyTheirAssignedDossiersAndOnlyAfterTheDeadline() {
		WebClient agentWeb = agentWithCommittee();
		agentWeb.post("/agent/appels/" + call + "/comite/affectations", form("dossier", "" + d1, "account", "" + f.id(culture)));
		assertThat(jdbc.queryForObject("select count(*) from dossier_assignment where dossier_id = ?", Integer.class, d1))
			.isEqualTo(1);

		WebClient reviewer = CommitteeFixtures.signIn(baseUrl(), culture);
		assertThat(reviewer.get("/comite/dossiers/" + d1).statusCode()).isEqualTo(403);
		assertThat(reviewer.get("/comite").body()).doesNotContain("Fabrique culturelle")
			.contains("visibles après sa date limite");

		f.deadline(call, "now() - interval '1 minute'");
		assertThat(reviewer.get("/comite").body()).contains("Fabrique culturelle");
		HttpResponse<String> page = reviewer.get("/comite/dossiers/" + d1);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Un <strong>projet</strong> partagé").contains(f.organisationName(orgA));
		// Guessing the id of a dossier not assigned to them, or of none at all: refused the same way.
		assertThat(reviewer.get("/comite/dossiers/" + d2).statusCode()).isEqualTo(403);
		assertThat(reviewer.get("/comite/dossiers/999999999").statusCode()).isEqualTo(403);
		// Nor can they score it, nor see the synthesis of a call whose committee they are not on.
		assertThat(reviewer.post("/comite/dossiers/" + d2 + "/notes",
				form("score-" + f.criterion(call, 1), "5")).statusCode()).isEqualTo(403);
		long otherCall = f.call("Autre appel", "now() - interval '1 day'");
		assertThat(reviewer.get("/comite/appels/" + otherCall + "/synthese").statusCode()).isEqualTo(403);
		// Agents see every submitted dossier.
		assertThat(agentWeb.get("/comite/dossiers/" + d2).statusCode()).isEqualTo(200);
	}

	@Test
	void scoresConflictsAnnotationsAndSynthesis() {
		WebClient agentWeb = agentWithCommittee();
		String assign = "/agent/appels/" + call + "/comite/affectations";
		agentWeb.post(assign, form("dossier", "" + d1, "account", "" + f.id(culture)));
		agentWeb.post(assign, form("dossier", "" + d1, "account", "" + f.id(economy)));
		f.deadline(call, "now() - interval '1 minute'");
		long c1 = f.criterion(call, 1);
		long c2 = f.criterion(call, 2);

		WebClient first = CommitteeFixtures.signIn(baseUrl(), culture);
		String page = "/comite/dossiers/" + d1;
		// Out of range: the form comes back with the field's error and the input kept.
		HttpResponse<String> invalid = first.submit(page, page + "/notes",
				form("score-" + c1, "7", "comment-" + c1, "Très belle coopération"));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("Indiquez une note entière de 0 à 5.").contains("Très belle coopération");
		assertThat(first.post(page + "/notes", form("score-" + c1, "5", "comment-" + c1, "Très belle coopération",
				"score-" + c2, "2", "comment-" + c2, "Ancrage encore flou")).statusCode()).isEqualTo(302);
		first.post(page + "/annotations", form("body", "Appeler la mairie d’Alès"));

		WebClient second = CommitteeFixtures.signIn(baseUrl(), economy);
		String seen = second.get(page).body();
		assertThat(seen).contains("Très belle coopération").doesNotContain("Appeler la mairie");
		assertThat(second.post(page + "/notes", form("score-" + c1, "3", "comment-" + c1, "Correct",
				"score-" + c2, "4", "comment-" + c2, "")).statusCode()).isEqualTo(302);

		// Synthesis: c1 average 4 (3–5), c2 average 3 (2–4); weighted (4×60 + 3×40) / 100 = 3.60.
		String synthesis = agentWeb.get("/comite/appels/" + call + "/synthese").body();
		assertThat(synthesis).contains("3,60").contains("moy. 4,00 (3–5), 2 note(s)").contains("moy. 3,00 (2–4), 2 note(s)");

		// The second member declares a conflict: their scores go, they see no scores, cannot score, and the synthesis
		// hides the dossier from them.
		assertThat(second.post(page + "/conflit", form("reason", "Je siège au bureau de la recyclerie")).statusCode())
			.isEqualTo(302);
		String after = second.get(page).body();
		assertThat(after).contains("conflit d’intérêts sur ce dossier").doesNotContain("Très belle coopération");
		assertThat(second.post(page + "/notes", form("score-" + c1, "1")).statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select count(*) from dossier_score where dossier_id = ? and account_id = ?",
				Integer.class, d1, f.id(economy))).isZero();
		assertThat(second.get("/comite/appels/" + call + "/synthese").body()).doesNotContain("Fabrique culturelle");
		assertThat(first.get("/comite/appels/" + call + "/synthese").body()).contains("Fabrique culturelle")
			.contains("moy. 5,00 (5–5), 1 note(s)");

		// Annotations stay private, even from agents.
		assertThat(agentWeb.get(page).body()).doesNotContain("Appeler la mairie");
		assertThat(first.get(page).body()).contains("Appeler la mairie d’Alès");
	}

	@Test
	void threadBelongsToTheDossiersApplicantsAndTheMissionAndMailsTheOtherSide() {
		WebClient agentWeb = CommitteeFixtures.signIn(baseUrl(), agent);
		String thread = "/dossiers/" + d1 + "/messages";
		assertThat(agentWeb.submit(thread, thread, form("body", "Pouvez-vous préciser le budget ?")).statusCode())
			.isEqualTo(302);
		assertThat(awaitMail(MAIL, adminA, 1)).contains("Pouvez-vous préciser le budget ?").contains(thread);
		assertThat(awaitMail(MAIL, adminB, 1)).contains("Pouvez-vous préciser le budget ?");

		WebClient applicant = CommitteeFixtures.signIn(baseUrl(), adminB);
		assertThat(applicant.get(thread).body()).contains("Pouvez-vous préciser le budget ?");
		assertThat(applicant.submit(thread, thread, form("body", "Le budget est en pièce jointe.")).statusCode())
			.isEqualTo(302);
		assertThat(awaitMail(MAIL, agent, 1)).contains("Le budget est en pièce jointe.");
		assertThat(mailsTo(MAIL, adminB)).hasSize(1);

		// The administrator of another dossier's organisation, and a reviewer, are refused, even by guessing ids.
		WebClient stranger = CommitteeFixtures.signIn(baseUrl(), adminC);
		assertThat(stranger.get(thread).statusCode()).isEqualTo(403);
		assertThat(stranger.post(thread, form("body", "Intrusion")).statusCode()).isEqualTo(403);
		assertThat(stranger.get("/dossiers/999999999/messages").statusCode()).isEqualTo(403);
		assertThat(stranger.get("/dossiers/" + d2 + "/messages").statusCode()).isEqualTo(200);
		assertThat(CommitteeFixtures.signIn(baseUrl(), culture).get(thread).statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select count(*) from dossier_message where dossier_id = ?", Integer.class, d1))
			.isEqualTo(2);
	}

	@Test
	void auditionInvitesTheApplicantsByMailAndInTheThreadAndRecordsAttendance() {
		WebClient web = CommitteeFixtures.signIn(baseUrl(), agent);
		String page = "/agent/appels/" + call + "/auditions";
		HttpResponse<String> invalid = web.submit(page, page, form("date", "2027-03-15", "start", "11:00", "end", "10:00"));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("La fin doit suivre le début.");
		assertThat(web.post(page, form("date", "2027-03-15", "start", "10:00", "end", "11:00", "place",
				"Hôtel du Département, Nîmes", "dossier", "" + d1)).statusCode()).isEqualTo(302);
		long slot = jdbc.queryForObject("select id from audition_slot where call_id = ?", Long.class, call);
		assertThat(jdbc.queryForObject("select dossier_id from audition_slot where id = ?", Long.class, slot)).isEqualTo(d1);
		// The same dossier cannot take a second slot.
		web.post(page, form("date", "2027-03-16", "start", "10:00", "end", "11:00", "dossier", "" + d1));
		long second = jdbc.queryForObject("select max(id) from audition_slot where call_id = ?", Long.class, call);
		assertThat(jdbc.queryForObject("select dossier_id from audition_slot where id = ?", Long.class, second)).isNull();

		assertThat(web.post(page + "/" + slot + "/invitation", Map.of()).statusCode()).isEqualTo(302);
		assertThat(awaitMail(MAIL, adminA, 1)).contains("Hôtel du Département, Nîmes").contains("lundi 15 mars 2027, 10:00–11:00");
		assertThat(awaitMail(MAIL, adminB, 1)).contains("présenter leur projet");
		assertThat(mailsTo(MAIL, adminC)).isEmpty();
		assertThat(jdbc.queryForObject("select body from dossier_message where dossier_id = ?", String.class, d1))
			.contains("lundi 15 mars 2027, 10:00–11:00");
		assertThat(CommitteeFixtures.signIn(baseUrl(), adminA).get("/dossiers/" + d1 + "/messages").body())
			.contains("Vous êtes invités à présenter votre dossier");

		web.post(page + "/" + slot + "/presence", form("attended", "true"));
		assertThat(jdbc.queryForObject("select attended from audition_slot where id = ?", Boolean.class, slot)).isTrue();
		// A slot of another call cannot be reached through this call.
		long other = f.call("Autre appel", "now()");
		assertThat(web.post("/agent/appels/" + other + "/auditions/" + slot + "/presence", form("attended", "false"))
			.statusCode()).isEqualTo(404);
	}

	@Test
	void deliberationDraftsMinutesDecidesNotifiesAndPublishesTheLaureates() {
		WebClient web = agentWithCommittee();
		web.post("/agent/appels/" + call + "/comite/affectations", form("dossier", "" + d1, "account", "" + f.id(culture)));
		f.deadline(call, "now() - interval '1 minute'");
		WebClient reviewer = CommitteeFixtures.signIn(baseUrl(), culture);
		long c1 = f.criterion(call, 1);
		reviewer.submit("/comite/dossiers/" + d1, "/comite/dossiers/" + d1 + "/notes",
				form("score-" + c1, "5", "comment-" + c1, "Gouvernance exemplaire", "score-" + f.criterion(call, 2), "1",
						"comment-" + f.criterion(call, 2), "Territoire trop large"));

		String page = "/agent/appels/" + call + "/deliberation";
		String draft = web.get(page).body();
		assertThat(draft).contains("brouillon généré").contains("Points forts").contains("Gouvernance exemplaire")
			.contains("Points faibles").contains("Territoire trop large");

		// Minutes are sanitized and protected by optimistic locking.
		assertThat(web.post(page + "/proces-verbal", form("version", "0", "minutes",
				"<p>Séance <script>alert(1)</script>du comité</p>", "heldOn", "2027-04-01")).statusCode()).isEqualTo(302);
		String stored = jdbc.queryForObject("select minutes_html from deliberation where call_id = ?", String.class, call);
		assertThat(stored).contains("Séance").doesNotContain("script");
		HttpResponse<String> stale = web.post(page + "/proces-verbal", form("version", "0", "minutes", "<p>Ma version</p>"));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Quelqu’un a modifié le procès-verbal").contains("Ma version");

		// A decision needs its motivation.
		HttpResponse<String> noMotivation = web.post(page + "/decisions/" + d1, form("outcome", "LAUREATE"));
		assertThat(noMotivation.statusCode()).isEqualTo(200);
		assertThat(noMotivation.body()).contains("Écrivez la motivation de la décision.");
		assertThat(web.post(page + "/decisions/" + d1, form("outcome", "LAUREATE", "motivation",
				"Une coopération exemplaire entre trois structures.")).statusCode()).isEqualTo(302);
		// Scoring is closed once a decision is taken.
		assertThat(reviewer.post("/comite/dossiers/" + d1 + "/notes", form("score-" + c1, "1")).statusCode())
			.isEqualTo(403);

		// Results cannot be published while a dossier is undecided.
		web.post(page + "/publication", Map.of());
		assertThat(jdbc.queryForObject("select results_published_at from call where id = ?", Object.class, call)).isNull();
		assertThat(results.laureates(call)).isEmpty();

		web.post(page + "/decisions/" + d2, form("outcome", "NOT_RETAINED", "motivation", "Une seule structure."));
		web.post(page + "/envoi", Map.of());
		assertThat(awaitMail(MAIL, adminA, 1)).contains("le dossier est lauréat").contains("Une coopération exemplaire");
		assertThat(awaitMail(MAIL, adminC, 1)).contains("n’est pas retenu").contains("Une seule structure.");
		web.post(page + "/envoi", Map.of());
		assertThat(mailsTo(MAIL, adminA)).hasSize(1);

		web.post(page + "/publication", Map.of());
		assertThat(jdbc.queryForObject("select results_published_at from call where id = ?", Object.class, call)).isNotNull();
		List<CallResults.Laureate> laureates = results.laureates(call);
		assertThat(laureates).hasSize(1);
		assertThat(laureates.get(0).dossierId()).isEqualTo(d1);
		assertThat(laureates.get(0).organisations()).containsExactly(f.organisationName(orgA), f.organisationName(orgB));
		assertThat(laureates.get(0).motivation()).isEqualTo("Une coopération exemplaire entre trois structures.");
	}

	@Test
	void agentsEditTheThemeDirectionMapping() {
		WebClient web = CommitteeFixtures.signIn(baseUrl(), agent);
		long culture = jdbc.queryForObject("select id from direction where name = ?", Long.class, CULTURE);
		assertThat(jdbc.queryForList("select theme from theme_direction where direction_id = ?", String.class, culture))
			.contains("CULTURE", "JEUNESSE", "SPORT");
		String page = web.get("/agent/themes-directions").body();
		assertThat(page).contains("value=\"CULTURE:" + culture + "\" checked");
		List<String> before = jdbc.queryForList("select theme || ':' || direction_id from theme_direction", String.class);
		try {
			assertThat(web.post("/agent/themes-directions", Map.of("grid", "1", "link", "SANTE:" + culture))
				.statusCode()).isEqualTo(302);
			assertThat(jdbc.queryForList("select theme || ':' || direction_id from theme_direction", String.class))
				.containsExactly("SANTE:" + culture);
		}
		finally {
			jdbc.update("delete from theme_direction");
			before.forEach(pair -> jdbc.update("insert into theme_direction (theme, direction_id) values (?, ?)",
					pair.substring(0, pair.indexOf(':')), Long.parseLong(pair.substring(pair.indexOf(':') + 1))));
		}
	}

}
