package org.gide.calls.dossiers;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.directory.Organisations;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Dossiers over real HTTP: opening, invitations, rights, conflicts, completeness, submission, export. */
class DossierFlowTest extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Organisations organisations;

	DossierFixtures.Call call;

	DossierFixtures.Admin lead;

	DossierFixtures.Admin alpha;

	DossierFixtures.Admin beta;

	@BeforeEach
	void setUp() {
		TestUsers.ensure(accounts);
		call = DossierFixtures.openCall(jdbc, 3, 2);
		lead = DossierFixtures.admin(accounts, organisations, jdbc, "porteuse", "Épicerie coopérative du Vigan");
		alpha = DossierFixtures.admin(accounts, organisations, jdbc, "alpha", "Jardins partagés d’Alès");
		beta = DossierFixtures.admin(accounts, organisations, jdbc, "beta", "Tiers-lieu de Sommières");
	}

	private long open(WebClient web, String title) {
		HttpResponse<String> page = web.get("/appels/" + call.slug() + "/dossiers/nouveau");
		assertThat(page.statusCode()).isEqualTo(200);
		HttpResponse<String> created = web.post("/appels/" + call.slug() + "/dossiers/nouveau",
				Map.of("leadOrganisation", String.valueOf(lead.organisationId()), "title", title));
		assertThat(created.statusCode()).isEqualTo(302);
		Matcher m = Pattern.compile("/dossiers/(\\d+)").matcher(web.location(created));
		assertThat(m.find()).isTrue();
		return Long.parseLong(m.group(1));
	}

	private long version(long id) {
		return jdbc.queryForObject("select version from dossier where id = ?", Long.class, id);
	}

	private HttpResponse<String> invite(WebClient web, long id, DossierFixtures.Admin partner) {
		web.get("/dossiers/" + id + "/partenaires?q=" + java.net.URLEncoder.encode(partner.organisationName(),
				StandardCharsets.UTF_8));
		return web.post("/dossiers/" + id + "/partenaires", Map.of("version", String.valueOf(version(id)),
				"organisation", String.valueOf(partner.organisationId())));
	}

	private HttpResponse<String> accept(WebClient web, long id, DossierFixtures.Admin partner) {
		web.get("/dossiers/" + id + "/invitation");
		return web.post("/dossiers/" + id + "/invitation", Map.of("organisationId",
				String.valueOf(partner.organisationId()), "decision", "accept", "signatoryName", "Alex Martin",
				"signatoryRole", "Co-présidente", "budgetShare", "1 500,00"));
	}

	private void fillContent(WebClient web, long id) {
		web.get("/dossiers/" + id + "/modifier");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", String.valueOf(version(id)));
		form.put("title", "Cantine solidaire itinérante");
		form.put("summary", "Une cantine qui circule entre trois villages.");
		form.put("descriptionHtml", "<p>Repas <strong>locaux</strong></p><script>alert(1)</script>");
		form.put("diagnosisText", "Pas de restauration collective à moins de 20 km.");
		form.put("governanceHtml", "<p>Comité de pilotage mensuel, une voix par structure.</p>");
		HttpResponse<String> saved = web.send(java.net.http.HttpRequest.newBuilder(web.uri("/dossiers/" + id + "/modifier"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(encode(form) + "&themes=alimentation&themes=solidarite"
					+ "&_csrf=" + web.csrf()))
			.build());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(),
				StandardCharsets.UTF_8)).reduce((a, b) -> a + "&" + b).orElse("");
	}

	@Test
	void coAuthorsBuildTheDossierAndTheLeadSubmitsItOnceEveryRuleIsMet() {
		WebClient leadWeb = DossierFixtures.signIn(baseUrl(), lead.email());
		long id = open(leadWeb, "Cantine solidaire");
		assertThat(jdbc.queryForObject("select count(*) from dossier_version where dossier_id = ?", Long.class, id))
			.isEqualTo(1);

		assertThat(invite(leadWeb, id, alpha).statusCode()).isEqualTo(302);
		assertThat(invite(leadWeb, id, beta).statusCode()).isEqualTo(302);
		assertThat(AccountsFixtures.awaitMail(MAIL, alpha.email(), 1)).contains("/dossiers/" + id + "/invitation");
		AccountsFixtures.awaitMail(MAIL, beta.email(), 1);

		WebClient alphaWeb = DossierFixtures.signIn(baseUrl(), alpha.email());
		// Invited only: the invitation and the summary, not the dossier.
		assertThat(alphaWeb.get("/dossiers/" + id).statusCode()).isEqualTo(302);
		assertThat(alphaWeb.get("/dossiers/" + id + "/modifier").statusCode()).isEqualTo(404);
		assertThat(alphaWeb.get("/dossiers/" + id + "/invitation").body()).contains(lead.organisationName());
		HttpResponse<String> refused = alphaWeb.post("/dossiers/" + id + "/invitation",
				Map.of("organisationId", String.valueOf(alpha.organisationId()), "decision", "accept"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Indiquez le nom du ou de la signataire");
		assertThat(accept(alphaWeb, id, alpha).statusCode()).isEqualTo(302);
		assertThat(AccountsFixtures.awaitMail(MAIL, lead.email(), 1)).contains(alpha.organisationName());

		fillContent(alphaWeb, id);
		leadWeb.get("/dossiers/" + id + "/ressources");
		assertThat(leadWeb.post("/dossiers/" + id + "/ressources", Map.of("version", String.valueOf(version(id)),
				"organisationId", String.valueOf(alpha.organisationId()), "kind", "MATERIAL",
				"description", "Camion frigorifique")).statusCode()).isEqualTo(302);
		leadWeb.get("/dossiers/" + id + "/budget");
		assertThat(leadWeb.post("/dossiers/" + id + "/budget", Map.of("version", String.valueOf(version(id)),
				"kind", "EXPENSE", "label", "Achat de denrées", "organisationId", "", "amount", "12 000,50"))
			.statusCode()).isEqualTo(302);
		leadWeb.get("/dossiers/" + id + "/partenaires");
		assertThat(leadWeb.post("/dossiers/" + id + "/signataire", Map.of("version", String.valueOf(version(id)),
				"organisationId", String.valueOf(lead.organisationId()), "signatoryName", "Sam Roux",
				"signatoryRole", "Président", "budgetShare", "")).statusCode()).isEqualTo(302);

		HttpResponse<String> check = leadWeb.get("/dossiers/" + id + "/verification");
		assertThat(check.body()).contains("2 structures coopérantes acceptées sur 3 requises")
			.doesNotContain("Gouvernance partagée non décrite").doesNotContain("Aucune ressource mutualisée");

		// A partner may not submit for the lead.
		alphaWeb.get("/dossiers/" + id + "/verification");
		assertThat(alphaWeb.post("/dossiers/" + id + "/deposer", Map.of("version", String.valueOf(version(id))))
			.statusCode()).isEqualTo(403);

		HttpResponse<String> early = leadWeb.post("/dossiers/" + id + "/deposer",
				Map.of("version", String.valueOf(version(id))));
		assertThat(early.statusCode()).isEqualTo(200);
		assertThat(early.body()).contains("Dépôt refusé").contains("2 structures coopérantes acceptées sur 3 requises");
		assertThat(jdbc.queryForObject("select status from dossier where id = ?", String.class, id)).isEqualTo("DRAFT");

		WebClient betaWeb = DossierFixtures.signIn(baseUrl(), beta.email());
		assertThat(accept(betaWeb, id, beta).statusCode()).isEqualTo(302);
		leadWeb.get("/dossiers/" + id + "/verification");
		HttpResponse<String> submitted = leadWeb.post("/dossiers/" + id + "/deposer",
				Map.of("version", String.valueOf(version(id))));
		assertThat(submitted.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForMap("select status, submitted_at, submitted_by from dossier where id = ?", id))
			.containsEntry("status", "SUBMITTED").containsEntry("submitted_by", lead.accountId());
		assertThat(AccountsFixtures.awaitMail(MAIL, beta.email(), 2)).contains("a été déposé");

		// Frozen: every edit route refuses with a message.
		HttpResponse<String> frozen = alphaWeb.get("/dossiers/" + id + "/modifier");
		assertThat(frozen.statusCode()).isEqualTo(302);
		assertThat(alphaWeb.follow("/dossiers/" + id + "/modifier").body()).contains("il ne peut plus être modifié");
		alphaWeb.get("/dossiers/" + id);
		assertThat(alphaWeb.post("/dossiers/" + id + "/ressources", Map.of("version", String.valueOf(version(id)),
				"organisationId", String.valueOf(alpha.organisationId()), "kind", "MATERIAL", "description", "x"))
			.statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from dossier_resource where dossier_id = ?", Long.class, id))
			.isEqualTo(1);

		// Every save was kept; the content was sanitized.
		assertThat(jdbc.queryForObject("select description_html from dossier where id = ?", String.class, id))
			.contains("<strong>locaux</strong>").doesNotContain("script");
		List<String> sections = jdbc.queryForList("select section from dossier_version where dossier_id = ? order by "
				+ "version", String.class, id);
		assertThat(sections).startsWith("creation").contains("partners", "content", "resources", "budget")
			.endsWith("submission");
		HttpResponse<String> versions = leadWeb.get("/dossiers/" + id + "/versions");
		assertThat(versions.body()).contains(alpha.name());
		assertThat(leadWeb.get("/dossiers/" + id + "/versions/0").body()).contains("Cantine solidaire");
		assertThat(leadWeb.get("/dossiers/" + id + "/imprimer").body()).contains("Camion frigorifique")
			.contains("12 000,50");

		// The agents' export.
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		HttpResponse<String> csv = agent.get("/agent/appels/" + call.id() + "/dossiers.csv", "text/csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("\uFEFFid;titre;statut;porteur").contains("Cantine solidaire itinérante")
			.contains("SUBMITTED").contains("alimentation, solidarite").contains(";oui;");
	}

	@Test
	void othersGetNothingAgentsReadButDoNotEdit() {
		WebClient leadWeb = DossierFixtures.signIn(baseUrl(), lead.email());
		long id = open(leadWeb, "Dossier privé");
		DossierFixtures.Admin outsider = DossierFixtures.admin(accounts, organisations, jdbc, "autre", "Autre structure");
		WebClient other = DossierFixtures.signIn(baseUrl(), outsider.email());
		for (String path : List.of("", "/modifier", "/verification", "/versions", "/versions/0", "/imprimer",
				"/partenaires", "/budget", "/ressources", "/pieces", "/invitation")) {
			assertThat(other.get("/dossiers/" + id + path).statusCode()).as(path).isEqualTo(404);
		}
		other.get("/dossiers");
		assertThat(other.post("/dossiers/" + id + "/ressources", Map.of("version", "0", "organisationId",
				String.valueOf(outsider.organisationId()), "kind", "MATERIAL", "description", "x")).statusCode())
			.isEqualTo(404);
		assertThat(other.post("/dossiers/" + id + "/invitation", Map.of("organisationId",
				String.valueOf(outsider.organisationId()), "decision", "accept")).statusCode()).isEqualTo(404);
		assertThat(other.get("/dossiers").body()).doesNotContain("Dossier privé");
		assertThat(leadWeb.get("/dossiers").body()).contains("Dossier privé");

		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		assertThat(agent.get("/dossiers/" + id).statusCode()).isEqualTo(200);
		assertThat(agent.get("/dossiers/" + id + "/modifier").statusCode()).isEqualTo(403);
		agent.get("/dossiers/" + id);
		assertThat(agent.post("/dossiers/" + id + "/deposer", Map.of("version", String.valueOf(version(id))))
			.statusCode()).isEqualTo(403);

		// Opening needs an administered organisation: another's is refused.
		HttpResponse<String> foreign = other.post("/appels/" + call.slug() + "/dossiers/nouveau",
				Map.of("leadOrganisation", String.valueOf(lead.organisationId()), "title", "Usurpation"));
		assertThat(foreign.statusCode()).isEqualTo(200);
		assertThat(foreign.body()).contains("Choisissez une structure que vous administrez");
	}

	@Test
	void aStaleSaveIsRefusedNamingWhoSavedAndKeepsTheInput() {
		WebClient leadWeb = DossierFixtures.signIn(baseUrl(), lead.email());
		long id = open(leadWeb, "Projet commun");
		DossierFixtures.addAdministrator(jdbc, lead.organisationId(), alpha.accountId(), alpha.email(), alpha.name());
		WebClient second = DossierFixtures.signIn(baseUrl(), alpha.email());
		long loaded = version(id);
		leadWeb.get("/dossiers/" + id + "/modifier");
		second.get("/dossiers/" + id + "/modifier");
		assertThat(leadWeb.post("/dossiers/" + id + "/modifier", Map.of("version", String.valueOf(loaded), "title",
				"Titre de la porteuse", "summary", "Résumé A")).statusCode()).isEqualTo(302);
		HttpResponse<String> stale = second.post("/dossiers/" + id + "/modifier", Map.of("version",
				String.valueOf(loaded), "title", "Titre du second", "summary", "Résumé B tapé pendant ce temps"));
		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("Ce dossier a été modifié par " + lead.name())
			.contains("pendant que vous écriviez").contains("Résumé B tapé pendant ce temps").contains("Résumé A")
			.contains("value=\"" + version(id) + "\"");
		assertThat(jdbc.queryForObject("select title from dossier where id = ?", String.class, id))
			.isEqualTo("Titre de la porteuse");
	}

	@Test
	void theDeadlineIsTheServersAndAttachmentsAreChecked() {
		WebClient leadWeb = DossierFixtures.signIn(baseUrl(), lead.email());
		long id = open(leadWeb, "Projet en retard");
		jdbc.update("update call set deadline = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(60)),
				call.id());
		leadWeb.get("/dossiers/" + id + "/verification");
		HttpResponse<String> late = leadWeb.post("/dossiers/" + id + "/deposer",
				Map.of("version", String.valueOf(version(id))));
		assertThat(late.body()).contains("Date limite dépassée");
		HttpResponse<String> reopen = leadWeb.post("/appels/" + call.slug() + "/dossiers/nouveau",
				Map.of("leadOrganisation", String.valueOf(lead.organisationId()), "title", "Trop tard"));
		assertThat(reopen.body()).contains("Date limite dépassée");

		leadWeb.get("/dossiers/" + id + "/pieces");
		HttpResponse<String> exe = upload(leadWeb, id, "statuts.pdf", "MZ\u0090\u0000 binaire".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(exe.statusCode()).isEqualTo(200);
		assertThat(exe.body()).contains("statuts.pdf");
		HttpResponse<String> pdf = upload(leadWeb, id, "statuts.pdf", "%PDF-1.4 statuts".getBytes(StandardCharsets.US_ASCII));
		assertThat(pdf.statusCode()).isEqualTo(302);
		long attachment = jdbc.queryForObject("select id from dossier_attachment where dossier_id = ?", Long.class, id);
		HttpResponse<String> download = leadWeb.get("/dossiers/" + id + "/pieces/" + attachment, "*/*");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).startsWith("%PDF-1.4");
		DossierFixtures.Admin outsider = DossierFixtures.admin(accounts, organisations, jdbc, "curieux", "Curieuse");
		assertThat(DossierFixtures.signIn(baseUrl(), outsider.email()).get("/dossiers/" + id + "/pieces/" + attachment)
			.statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> upload(WebClient web, long id, String name, byte[] content) {
		String boundary = "----gide" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + web.csrf()
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n" + version(id)
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nStatuts\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return web.send(java.net.http.HttpRequest.newBuilder(web.uri("/dossiers/" + id + "/pieces"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

}
