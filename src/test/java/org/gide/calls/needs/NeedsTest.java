package org.gide.calls.needs;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.Role;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.Organisations;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.gide.territory.Communes;
import org.gide.territory.Territories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Needs of territories over real HTTP and PostgreSQL: who may post (an administrator of an organisation, in its
 * name only), edit and close (the posting organisation's administrators and agents), join and leave; field errors;
 * optimistic locking; the list's filters, the answers and open calls shown on a need, and the map's counts.
 */
class NeedsTest extends IntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Communes communes;

	@Autowired
	Territories territories;

	private OrganisationDetails poster;

	private OrganisationDetails joiner;

	private String ownerEmail;

	private WebClient owner;

	private String joinerEmail;

	private WebClient joinerAdmin;

	@BeforeEach
	void organisationsAndTheirAdministrators() {
		long n = NeedsFixtures.next();
		poster = NeedsFixtures.organisation(organisations, "Épicerie des Cévennes " + n, "30007", 44.12, 4.08, "47.11B", false);
		joiner = NeedsFixtures.organisation(organisations, "Jardins partagés " + n, "30007", 44.13, 4.09, "01.13Z", false);
		ownerEmail = NeedsFixtures.account(accounts, "poste");
		NeedsFixtures.makeAdministrator(jdbc, accounts, poster.id(), ownerEmail);
		owner = NeedsFixtures.signIn(baseUrl(), ownerEmail);
		joinerEmail = NeedsFixtures.account(accounts, "rejoint");
		NeedsFixtures.makeAdministrator(jdbc, accounts, joiner.id(), joinerEmail);
		joinerAdmin = NeedsFixtures.signIn(baseUrl(), joinerEmail);
	}

	private Map<String, String> form(String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("organisation", String.valueOf(poster.id()));
		form.put("title", title);
		form.put("description", "Pas de lieu pour cuisiner ensemble.\nLes familles le demandent.");
		form.put("evidence", "Enquête du centre social 2026 : 120 réponses.");
		form.put("commune", "Alès");
		form.put("communeCode", "");
		form.put("themes", "alimentation");
		return form;
	}

	private long post(String title) {
		HttpResponse<String> response = owner.submit("/besoins/nouveau", "/besoins/nouveau", form(title));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		String location = owner.location(response);
		assertThat(location).matches("/besoins/\\d+");
		return Long.parseLong(location.substring("/besoins/".length()));
	}

	private long version(long id) {
		return jdbc.queryForObject("select version from territory_need where id = ?", Long.class, id);
	}

	@Test
	void anAdministratorPostsANeedInTheNameOfTheOrganisationWithItsEpci() {
		String title = "Cuisine partagée " + NeedsFixtures.next();
		long id = post(title);
		Map<String, Object> row = jdbc.queryForMap("select title, commune_code, epci_code, themes::text as themes, "
				+ "organisation_id, posted_by, status from territory_need where id = ?", id);
		assertThat(row).containsEntry("title", title)
			.containsEntry("commune_code", "30007")
			.containsEntry("epci_code", communes.find("30007").orElseThrow().epci().code())
			.containsEntry("themes", "{alimentation}")
			.containsEntry("organisation_id", poster.id())
			.containsEntry("posted_by", NeedsFixtures.accountId(accounts, ownerEmail))
			.containsEntry("status", "OPEN");
		String page = owner.follow("/besoins/" + id).body();
		assertThat(page).contains("Le besoin est publié.")
			.contains(title)
			.contains("Enquête du centre social 2026 : 120 réponses.")
			.contains("Alès")
			.contains("/annuaire/" + poster.id());
	}

	@Test
	void anAccountWithoutOrganisationCannotPostAndIsToldWhy() {
		WebClient member = NeedsFixtures.signIn(baseUrl(), NeedsFixtures.account(accounts, "sansstructure"));
		HttpResponse<String> page = member.get("/besoins/nouveau");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("votre compte doit administrer au moins une structure");
		String title = "Interdit " + NeedsFixtures.next();
		assertThat(member.post("/besoins/nouveau", form(title)).statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select count(*) from territory_need where title = ?", Integer.class, title)).isZero();
		// Nor in the name of an organisation it does not administer, even when it administers another one.
		Map<String, String> asOther = form(title);
		asOther.put("organisation", String.valueOf(poster.id()));
		assertThat(joinerAdmin.submit("/besoins/nouveau", "/besoins/nouveau", asOther).statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("select count(*) from territory_need where title = ?", Integer.class, title)).isZero();
	}

	@Test
	void aRefusedFormNamesEachFieldAndKeepsTheInput() {
		Map<String, String> form = form("");
		form.put("evidence", "");
		form.put("commune", "Atlantide");
		form.remove("themes");
		HttpResponse<String> response = owner.submit("/besoins/nouveau", "/besoins/nouveau", form);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Le formulaire contient 4 erreurs.")
			.contains("Donnez un titre au besoin.")
			.contains("Dites ce qui atteste ce besoin : chiffres, sources, témoignages.")
			.contains("Aucune commune du département ne s’appelle « Atlantide ».")
			.contains("Choisissez au moins un thème.")
			.contains("Pas de lieu pour cuisiner ensemble.")
			.contains("aria-invalid=\"true\"");
	}

	@Test
	void onlyThePostingOrganisationsAdministratorsAndAgentsEditOrClose() {
		long id = post("Garde d’enfants " + NeedsFixtures.next());
		String edit = "/besoins/" + id + "/modifier";
		assertThat(joinerAdmin.get(edit).statusCode()).isEqualTo(403);
		Map<String, String> hijack = form("Piraté");
		hijack.put("version", String.valueOf(version(id)));
		assertThat(joinerAdmin.post(edit, hijack).statusCode()).isEqualTo(403);
		assertThat(joinerAdmin.post("/besoins/" + id + "/cloture", Map.of("version", String.valueOf(version(id))))
			.statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForMap("select title, status from territory_need where id = ?", id))
			.containsEntry("status", "OPEN")
			.doesNotContainEntry("title", "Piraté");

		// The owner edits.
		Map<String, String> mine = form("Garde d’enfants en horaires décalés");
		mine.put("version", String.valueOf(version(id)));
		mine.put("commune", "Anduze");
		HttpResponse<String> saved = owner.submit(edit, edit, mine);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(jdbc.queryForMap("select title, commune_code from territory_need where id = ?", id))
			.containsEntry("title", "Garde d’enfants en horaires décalés")
			.containsEntry("commune_code", "30010");

		// An agent closes it; closed, it cannot be joined any more; the owner reopens it.
		WebClient agent = NeedsFixtures.signIn(baseUrl(), NeedsFixtures.account(accounts, "agent", Role.AGENT));
		assertThat(agent.get(edit).statusCode()).isEqualTo(200);
		agent.get("/besoins/" + id);
		HttpResponse<String> closed = agent.post("/besoins/" + id + "/cloture", Map.of("version", String.valueOf(version(id))));
		assertThat(closed.statusCode()).isEqualTo(302);
		assertThat(agent.follow("/besoins/" + id).body()).contains("Le besoin est clos.");
		assertThat(jdbc.queryForObject("select status from territory_need where id = ?", String.class, id)).isEqualTo("CLOSED");
		joinerAdmin.get("/besoins/" + id);
		joinerAdmin.post("/besoins/" + id + "/rejoindre", Map.of("organisation", String.valueOf(joiner.id())));
		assertThat(joinerAdmin.get("/besoins/" + id).body()).contains("Ce besoin est clos : il ne peut plus être rejoint.");
		assertThat(jdbc.queryForObject("select count(*) from territory_need_supporter where need_id = ?", Integer.class, id)).isZero();
		owner.get("/besoins/" + id);
		assertThat(owner.post("/besoins/" + id + "/reouverture", Map.of("version", String.valueOf(version(id)))).statusCode())
			.isEqualTo(302);
		assertThat(jdbc.queryForObject("select status from territory_need where id = ?", String.class, id)).isEqualTo("OPEN");
	}

	@Test
	void aConcurrentEditIsRefusedWithTheDifferencesAndTheVisitorsValuesKept() {
		long id = post("Mobilité rurale " + NeedsFixtures.next());
		String edit = "/besoins/" + id + "/modifier";
		long loaded = version(id);
		WebClient agent = NeedsFixtures.signIn(baseUrl(), NeedsFixtures.account(accounts, "agent", Role.AGENT));
		Map<String, String> theirs = form("Mobilité rurale : transport à la demande");
		theirs.put("version", String.valueOf(loaded));
		assertThat(agent.submit(edit, edit, theirs).statusCode()).isEqualTo(302);

		Map<String, String> mine = form("Mobilité rurale : covoiturage solidaire");
		mine.put("version", String.valueOf(loaded));
		mine.put("themes", "mobilite");
		HttpResponse<String> conflict = owner.submit(edit, edit, mine);
		assertThat(conflict.statusCode()).isEqualTo(200);
		assertThat(conflict.body()).contains("modifié par quelqu’un d’autre entre-temps")
			.contains("Mobilité rurale : transport à la demande")
			.contains("<td class=\"pre-line\">Alimentation</td>")
			.contains("<td class=\"pre-line\">Mobilité</td>");
		assertThat(org.unbescape.html.HtmlEscape.unescapeHtml(conflict.body()))
			.contains("value=\"Mobilité rurale : covoiturage solidaire\"");
		java.util.regex.Matcher versionInput = java.util.regex.Pattern.compile("<input[^>]*name=\"version\"[^>]*>")
			.matcher(conflict.body());
		assertThat(versionInput.find()).isTrue();
		assertThat(versionInput.group()).contains("value=\"" + version(id) + "\"");
		assertThat(jdbc.queryForObject("select title from territory_need where id = ?", String.class, id))
			.isEqualTo("Mobilité rurale : transport à la demande");
		// Saving again from the page (now at the new version) keeps the owner's values, knowingly.
		mine.put("version", String.valueOf(version(id)));
		assertThat(owner.post(edit, mine).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select title from territory_need where id = ?", String.class, id))
			.isEqualTo("Mobilité rurale : covoiturage solidaire");
	}

	@Test
	void anOrganisationJoinsWithACommentAndLeaves() {
		long id = post("Tiers-lieu " + NeedsFixtures.next());
		String page = "/besoins/" + id;
		assertThat(joinerAdmin.get(page).body()).contains("Rejoindre ce besoin").contains("Au nom de " + escape(joiner.name()));
		HttpResponse<String> joined = joinerAdmin.post(page + "/rejoindre",
				Map.of("organisation", String.valueOf(joiner.id()), "comment", "Nous avons une salle libre le mardi."));
		assertThat(joined.statusCode()).isEqualTo(302);
		assertThat(joinerAdmin.follow(page).body()).contains("Votre structure soutient désormais ce besoin.")
			.contains(escape(joiner.name()))
			.contains("Nous avons une salle libre le mardi.");
		assertThat(jdbc.queryForObject("select joined_by from territory_need_supporter where need_id = ? and organisation_id = ?",
				Long.class, id, joiner.id())).isEqualTo(NeedsFixtures.accountId(accounts, joinerEmail));

		// Nobody joins or removes in the name of an organisation they do not administer.
		owner.get(page);
		assertThat(owner.post(page + "/rejoindre", Map.of("organisation", String.valueOf(joiner.id()))).statusCode()).isEqualTo(403);
		assertThat(owner.post(page + "/quitter", Map.of("organisation", String.valueOf(joiner.id()))).statusCode()).isEqualTo(403);

		joinerAdmin.get(page);
		assertThat(joinerAdmin.post(page + "/quitter", Map.of("organisation", String.valueOf(joiner.id()))).statusCode())
			.isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from territory_need_supporter where need_id = ?", Integer.class, id)).isZero();
	}

	@Test
	void theNeedShowsItsSubmittedAnswersAndTheOpenCallsItCanSeed() {
		long id = post("Accès à l’alimentation " + NeedsFixtures.next());
		String territory = territories.ofCommune("30007").orElseThrow().slug();
		long open = NeedsFixtures.call(jdbc, "Appel ouvert " + id, "PUBLISHED", Instant.now().plus(Duration.ofDays(30)));
		long here = NeedsFixtures.call(jdbc, "Appel du territoire " + id, "PUBLISHED", Instant.now().plus(Duration.ofDays(30)), territory);
		long past = NeedsFixtures.call(jdbc, "Appel échu " + id, "PUBLISHED", Instant.now().minus(Duration.ofDays(1)));
		long elsewhere = NeedsFixtures.call(jdbc, "Appel d’ailleurs " + id, "PUBLISHED", Instant.now().plus(Duration.ofDays(30)), "pas-ici");
		long draftCall = NeedsFixtures.call(jdbc, "Appel en brouillon " + id, "DRAFT", Instant.now().plus(Duration.ofDays(30)));
		NeedsFixtures.dossier(jdbc, open, poster.id(), id, "Dossier déposé " + id, "SUBMITTED");
		NeedsFixtures.dossier(jdbc, open, joiner.id(), id, "Dossier en cours " + id, "DRAFT");

		String body = web().get("/besoins/" + id).body();
		assertThat(body).contains("Dossier déposé " + id)
			.doesNotContain("Dossier en cours " + id)
			.contains("Un dossier en préparation s’appuie sur ce besoin.")
			.contains("/appels/" + NeedsFixtures.slugOf(jdbc, open) + "/dossiers/nouveau?besoin=" + id)
			.contains("/appels/" + NeedsFixtures.slugOf(jdbc, here) + "/dossiers/nouveau?besoin=" + id)
			.doesNotContain(NeedsFixtures.slugOf(jdbc, past))
			.doesNotContain(NeedsFixtures.slugOf(jdbc, elsewhere))
			.doesNotContain(NeedsFixtures.slugOf(jdbc, draftCall));
		// Agents also see the drafts' titles.
		WebClient agent = NeedsFixtures.signIn(baseUrl(), NeedsFixtures.account(accounts, "agent", Role.AGENT));
		assertThat(agent.get("/besoins/" + id).body()).contains("Dossier en cours " + id);
	}

	@Test
	void theListFiltersAndTheMapCountsAnsweredAndUnansweredNeedsPerEpci() {
		String epci = communes.find("30007").orElseThrow().epci().code();
		Map<String, Integer> before = mapRow(epci);
		String run = "Filtre " + NeedsFixtures.next();
		long answered = post(run + " répondu");
		long preparing = post(run + " en préparation");
		long unanswered = post(run + " sans réponse");
		long call = NeedsFixtures.call(jdbc, "Appel " + run, "PUBLISHED", Instant.now().plus(Duration.ofDays(10)));
		NeedsFixtures.dossier(jdbc, call, poster.id(), answered, "Réponse " + run, "SUBMITTED");
		NeedsFixtures.dossier(jdbc, call, poster.id(), preparing, "Brouillon " + run, "DRAFT");
		Map<String, String> culture = form(run + " culture ailleurs");
		culture.put("commune", "Uzès");
		culture.put("themes", "culture");
		owner.submit("/besoins/nouveau", "/besoins/nouveau", culture);

		String byEpci = web().get("/besoins?epci=" + epci).body();
		assertThat(byEpci).contains(run + " répondu", run + " en préparation", run + " sans réponse")
			.doesNotContain(run + " culture ailleurs");
		String withoutAnswer = web().get("/besoins?epci=" + epci + "&sans-reponse=oui").body();
		assertThat(withoutAnswer).contains(run + " en préparation", run + " sans réponse").doesNotContain(run + " répondu");
		assertThat(web().get("/besoins?theme=culture").body()).contains(run + " culture ailleurs")
			.doesNotContain(run + " sans réponse");
		String territory = territories.ofCommune("30007").orElseThrow().slug();
		assertThat(web().get("/besoins?territoire=" + territory).body()).contains(run + " sans réponse");

		Map<String, Integer> after = mapRow(epci);
		assertThat(after.get("open") - before.get("open")).isEqualTo(3);
		assertThat(after.get("answered") - before.get("answered")).isEqualTo(1);
		assertThat(after.get("unanswered") - before.get("unanswered")).isEqualTo(2);
		assertThat(after.get("preparing") - before.get("preparing")).isEqualTo(1);

		// Closed needs leave the map and the default list.
		owner.get("/besoins/" + unanswered);
		owner.post("/besoins/" + unanswered + "/cloture", Map.of("version", String.valueOf(version(unanswered))));
		assertThat(mapRow(epci).get("open") - before.get("open")).isEqualTo(2);
		assertThat(web().get("/besoins?epci=" + epci).body()).doesNotContain(run + " sans réponse");
		assertThat(web().get("/besoins?epci=" + epci + "&etat=clos").body()).contains(run + " sans réponse");
	}

	/** The counts of the EPCI's row in the map's table, read from the page. */
	private Map<String, Integer> mapRow(String epci) {
		String body = web().get("/besoins/carte").body();
		assertThat(body).contains("<svg").contains("data-epci=\"" + epci + "\"");
		java.util.regex.Matcher row = java.util.regex.Pattern
			.compile("href=\"/besoins\\?epci=" + epci + "\">[^<]*</a></th>\\s*<td class=\"number\">(\\d+)</td>\\s*"
					+ "<td class=\"number\">(\\d+)</td>\\s*<td class=\"number\">(?:<a[^>]*>(\\d+)</a>|<span>(\\d+)</span>)</td>\\s*"
					+ "<td class=\"number\">(\\d+)</td>")
			.matcher(body);
		assertThat(row.find()).as("row of EPCI " + epci).isTrue();
		return Map.of("open", Integer.parseInt(row.group(1)), "answered", Integer.parseInt(row.group(2)), "unanswered",
				Integer.parseInt(row.group(3) != null ? row.group(3) : row.group(4)), "preparing",
				Integer.parseInt(row.group(5)));
	}

	private static String escape(String text) {
		return org.unbescape.html.HtmlEscape.escapeHtml4Xml(text);
	}

}
