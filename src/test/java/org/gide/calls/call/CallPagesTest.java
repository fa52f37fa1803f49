package org.gide.calls.call;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.gide.accounts.Accounts;
import org.gide.support.IntegrationTest;
import org.gide.support.TestUsers;
import org.gide.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls over real HTTP: an agent creates a call, gets field errors, fills its criteria grid, uploads a document and
 * publishes it; the public sees it (drafts are 404) and downloads the document; visitors without the agent role are
 * kept out of the agents' pages; a stale edit is a conflict that keeps the agent's input.
 */
class CallPagesTest extends IntegrationTest {

	private static final Pattern EDIT = Pattern.compile("/agent/appels/(\\d+)/modifier");

	@Autowired
	Accounts accounts;

	@Autowired
	CallService calls;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeEach
	void users() {
		TestUsers.ensure(accounts);
	}

	private static String deadline() {
		return LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2).toString();
	}

	private long create(WebClient agent, String title) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("summary", "Un résumé de l’appel.");
		fields.put("description", "<p>Des <strong>communs</strong> pour le territoire.</p><script>alert(1)</script>");
		fields.put("planAction", "1.1");
		fields.put("deadlineOn", deadline());
		fields.put("deadlineTime", "12:00");
		fields.put("minOrganisations", "3");
		fields.put("minThemes", "2");
		fields.put("version", "0");
		HttpResponse<String> created = agent.submit("/agent/appels/nouveau", "/agent/appels/nouveau", fields);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		Matcher matcher = EDIT.matcher(agent.location(created));
		assertThat(matcher.find()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	@Test
	void visitorsWithoutTheAgentRoleCannotReachTheAgentsPages() {
		long id = create(TestUsers.signIn(baseUrl(), "agent"), "Appel réservé " + System.nanoTime());
		WebClient anonymous = web();
		HttpResponse<String> list = anonymous.get("/agent/appels");
		assertThat(list.statusCode()).isEqualTo(302);
		assertThat(anonymous.location(list)).contains("/connexion");
		WebClient member = TestUsers.signIn(baseUrl(), "member");
		assertThat(member.get("/agent/appels").statusCode()).isEqualTo(403);
		assertThat(member.get("/agent/appels/" + id + "/modifier").statusCode()).isEqualTo(403);
		member.get("/appels");
		assertThat(member.post("/agent/appels/" + id + "/publier", Map.of()).statusCode()).isEqualTo(403);
		assertThat(calls.load(id).status()).isEqualTo(CallCatalogue.Status.DRAFT);
	}

	@Test
	void aDraftIsInvisibleToThePublic() {
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		String title = "Appel brouillon " + System.nanoTime();
		long id = create(agent, title);
		String slug = calls.load(id).slug();
		assertThat(web().get("/appels/" + slug).statusCode()).isEqualTo(404);
		assertThat(web().get("/appels").body()).doesNotContain(title);
		assertThat(agent.get("/agent/appels").body()).contains(title);
	}

	@Test
	void fieldErrorsComeBackBesideTheirFieldsWithTheInputKept() {
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Appel mal date");
		fields.put("opensOn", "2031-05-10");
		fields.put("deadlineOn", "2031-05-01");
		fields.put("deadlineTime", "12:00");
		fields.put("minOrganisations", "3");
		fields.put("minThemes", "2");
		fields.put("version", "0");
		HttpResponse<String> refused = agent.submit("/agent/appels/nouveau", "/agent/appels/nouveau", fields);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("La date limite doit être après la date d’ouverture.")
			.contains("id=\"deadlineOn-error\"")
			.contains("value=\"Appel mal date\"");
	}

	@Test
	void anAgentPreparesAndPublishesACallThatThePublicThenSees() throws Exception {
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		String title = "Appel à commun(s) — Mobilité solidaire " + System.nanoTime();
		long id = create(agent, title);
		String base = "/agent/appels/" + id;

		// Publishing without criteria is refused with the reason.
		agent.get(base + "/modifier");
		HttpResponse<String> refused = agent.post(base + "/publier", Map.of());
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(agent.follow(agent.location(refused)).body()).contains("La grille ne contient aucun critère.");

		// Criteria grid: an error, then two criteria and their total.
		agent.get(base + "/criteres");
		HttpResponse<String> badWeight = agent.post(base + "/criteres",
				Map.of("label", "Cooperation", "weight", "150"));
		assertThat(badWeight.statusCode()).isEqualTo(200);
		assertThat(badWeight.body()).contains("Saisissez un nombre entier entre 1 et 100.").contains("value=\"Cooperation\"");
		assertThat(agent.post(base + "/criteres", Map.of("label", "Coopération", "weight", "60")).statusCode())
			.isEqualTo(302);
		agent.get(base + "/criteres");
		assertThat(agent.post(base + "/criteres", Map.of("label", "Besoin du territoire", "weight", "40")).statusCode())
			.isEqualTo(302);
		assertThat(agent.get(base + "/criteres").body()).contains("id=\"criteria-total\">100<");

		// A document, and a renamed file refused.
		byte[] pdf = "%PDF-1.4\n% règlement\n".getBytes(StandardCharsets.ISO_8859_1);
		agent.get(base + "/documents");
		HttpResponse<String> uploaded = multipart(agent, base + "/documents", Map.of("title", "Règlement de l’appel"),
				"reglement.pdf", "application/pdf", pdf);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		agent.get(base + "/documents");
		HttpResponse<String> fake = multipart(agent, base + "/documents", Map.of("title", "Faux"), "virus.pdf",
				"application/pdf", "MZ\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(fake.statusCode()).isEqualTo(200);
		assertThat(fake.body()).contains("ne correspond pas à un fichier .pdf");

		// A workshop.
		agent.get(base + "/ateliers");
		assertThat(agent.post(base + "/ateliers", Map.of("date", LocalDate.now().plusDays(12).toString(), "startTime",
				"18:00", "place", "Maison de la vie associative, Alès", "communeCode", "30007")).statusCode())
			.isEqualTo(302);

		// Publish.
		agent.get(base + "/modifier");
		HttpResponse<String> published = agent.post(base + "/publier", Map.of());
		assertThat(agent.follow(agent.location(published)).body()).contains("L’appel est publié");

		// The public list and page.
		String slug = calls.load(id).slug();
		WebClient anonymous = web();
		assertThat(anonymous.get("/appels").body()).contains(title).contains("/appels/" + slug);
		String page = anonymous.get("/appels/" + slug).body();
		assertThat(page).contains("Au moins 3 structures de l’ESS coopérantes")
			.contains("Au moins 2 entrées thématiques")
			.contains("Un diagnostic de territoire partagé")
			.contains("Coopération")
			.contains("Besoin du territoire")
			.contains("Règlement de l’appel")
			.contains("Maison de la vie associative, Alès")
			.contains("<strong>communs</strong>")
			.doesNotContain("<script>alert")
			.contains("href=\"/appels/" + slug + "/dossiers/nouveau\"")
			.contains("Répondre à cet appel");

		// The document, as an attachment of its own type.
		long documentId = jdbc.queryForObject("select id from call_document where call_id = ?", Long.class, id);
		HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(anonymous.uri("/appels/" + slug + "/documents/" + documentId)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("reglement.pdf");
		assertThat(download.body()).isEqualTo(pdf);

		// Once closed: still public, no more answer link.
		agent.get(base + "/modifier");
		agent.post(base + "/cloturer", Map.of());
		String closed = anonymous.get("/appels/" + slug).body();
		assertThat(closed).contains(title).doesNotContain("Répondre à cet appel");
	}

	@Test
	void aStaleEditIsAConflictThatKeepsTheAgentsInput() {
		WebClient agent = TestUsers.signIn(baseUrl(), "agent");
		long id = create(agent, "Appel disputé " + System.nanoTime());
		CallForm theirs = CallForm.of(calls.load(id), java.util.List.of());
		theirs.setSummary("Résumé d’un collègue");
		calls.update(id, theirs);
		Map<String, String> mine = new LinkedHashMap<>();
		mine.put("title", "Mon nouveau titre");
		mine.put("summary", "Mon resume a moi");
		mine.put("deadlineOn", deadline());
		mine.put("deadlineTime", "12:00");
		mine.put("minOrganisations", "3");
		mine.put("minThemes", "2");
		mine.put("version", "0");
		HttpResponse<String> conflict = agent.submit("/agent/appels/" + id + "/modifier", "/agent/appels/" + id
				+ "/modifier", mine);
		assertThat(conflict.statusCode()).isEqualTo(200);
		assertThat(conflict.body()).contains("Quelqu’un d’autre a modifié cet appel")
			.contains("value=\"Mon nouveau titre\"")
			.contains("Mon resume a moi");
		assertThat(calls.load(id).summary()).isEqualTo("Résumé d’un collègue");
		HttpResponse<String> again = agent.post("/agent/appels/" + id + "/modifier",
				withVersion(mine, calls.load(id).version()));
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(calls.load(id).title()).isEqualTo("Mon nouveau titre");
	}

	private static Map<String, String> withVersion(Map<String, String> fields, long version) {
		Map<String, String> copy = new LinkedHashMap<>(fields);
		copy.put("version", String.valueOf(version));
		return copy;
	}

	static HttpResponse<String> multipart(WebClient web, String path, Map<String, String> fields, String filename,
			String type, byte[] content) {
		String boundary = "----gide" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", web.csrf());
		all.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + type + "\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return web.send(HttpRequest.newBuilder(web.uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
