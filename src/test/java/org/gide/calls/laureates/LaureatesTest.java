package org.gide.calls.laureates;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gide.accounts.Accounts;
import org.gide.accounts.AccountsFixtures;
import org.gide.calls.DeliverablePublished;
import org.gide.calls.DeliverableUnpublished;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Laureates over real HTTP: who sees which deliverables, who may post deliverables and the retour d'expérience
 * (administrators of accepted co-authors and agents only), the form's errors and the published and unpublished
 * events.
 */
@RecordApplicationEvents
class LaureatesTest extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Laureates laureates;

	@Autowired
	ApplicationEvents events;

	long lead;

	long partner;

	long declined;

	long dossierA;

	long dossierB;

	long notPublished;

	long notRetained;

	String partnerAdmin;

	String leadAdmin;

	String otherAdmin;

	String declinedAdmin;

	String member;

	@BeforeEach
	void laureates() {
		long n = LaureateFixtures.next();
		long call = LaureateFixtures.call(jdbc, "Appel Cévennes " + n, "CLOSED", true);
		lead = LaureateFixtures.organisation(jdbc, "Épicerie du Vigan " + n);
		partner = LaureateFixtures.organisation(jdbc, "Recyclerie d’Alès " + n);
		declined = LaureateFixtures.organisation(jdbc, "Jardins refusants " + n);
		long other = LaureateFixtures.organisation(jdbc, "Tiers-lieu de Sommières " + n);
		dossierA = LaureateFixtures.dossier(jdbc, call, lead, "Cantine partagée " + n,
				new String[] { "alimentation", "solidarite" }, "Diagnostic");
		LaureateFixtures.partner(jdbc, dossierA, partner, "ACCEPTED");
		LaureateFixtures.partner(jdbc, dossierA, declined, "DECLINED");
		LaureateFixtures.decision(jdbc, dossierA, "LAUREATE");
		dossierB = LaureateFixtures.dossier(jdbc, call, other, "Atelier vélo " + n, new String[] { "mobilite" }, "");
		LaureateFixtures.decision(jdbc, dossierB, "LAUREATE");
		notRetained = LaureateFixtures.dossier(jdbc, call, other, "Projet non retenu " + n,
				new String[] { "mobilite" }, "");
		LaureateFixtures.decision(jdbc, notRetained, "NOT_RETAINED");
		long pending = LaureateFixtures.call(jdbc, "Appel sans résultats " + n, "CLOSED", false);
		notPublished = LaureateFixtures.dossier(jdbc, pending, lead, "Projet en attente " + n,
				new String[] { "mobilite" }, "");
		LaureateFixtures.decision(jdbc, notPublished, "LAUREATE");

		partnerAdmin = admin("partenaire", partner);
		leadAdmin = admin("porteur", lead);
		otherAdmin = admin("autre", other);
		declinedAdmin = admin("refus", declined);
		member = AccountsFixtures.uniqueEmail("membre");
		accounts.createVerifiedAccount(member, "Membre", AccountsFixtures.PASSWORD, Set.of());
	}

	private String admin(String prefix, long organisation) {
		String email = AccountsFixtures.uniqueEmail(prefix);
		long id = accounts.createVerifiedAccount(email, "Camille " + prefix, AccountsFixtures.PASSWORD, Set.of());
		jdbc.update("insert into organisation_admin (organisation_id, account_id, account_email, account_label) "
				+ "values (?, ?, ?, ?)", organisation, id, email, "Camille " + prefix);
		return email;
	}

	private WebClient signIn(String email) {
		WebClient web = web();
		HttpResponse<String> response = AccountsFixtures.login(web, email, AccountsFixtures.PASSWORD);
		assertThat(web.location(response)).doesNotContain("erreur");
		return web;
	}

	private HttpResponse<String> postDeliverable(WebClient web, long dossier, String title, String url) {
		return web.submit("/laureats/" + dossier + "/livrables/nouveau", "/laureats/" + dossier + "/livrables/nouveau",
				Map.of("title", title, "description", "Un guide pratique.", "licence", "CC_BY_SA", "externalUrl", url));
	}

	private long deliverableId(long dossier, String title) {
		return jdbc.queryForObject("select id from deliverable where dossier_id = ? and title = ?", Long.class, dossier,
				title);
	}

	@Test
	void theLaureatesListAndPageShowOnlyPublishedDeliverables() {
		WebClient web = signIn(partnerAdmin);
		HttpResponse<String> added = postDeliverable(web, dossierA, "Guide de la cantine", "https://cantine.example.fr/guide");
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(web.location(added)).isEqualTo("/laureats/" + dossierA);
		long id = deliverableId(dossierA, "Guide de la cantine");

		String anonymousPage = web().get("/laureats/" + dossierA).body();
		assertThat(anonymousPage).contains("Cantine partagée", "Épicerie du Vigan", "Recyclerie d’Alès")
			.doesNotContain("Jardins refusants")
			.doesNotContain("Guide de la cantine")
			.doesNotContain("Retour d’expérience");
		String coAuthorPage = web.get("/laureats/" + dossierA).body();
		assertThat(coAuthorPage).contains("Guide de la cantine", "Non publié", "Donner le retour d’expérience");

		assertThat(web.post("/laureats/" + dossierA + "/livrables/" + id + "/publier", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(web().get("/laureats/" + dossierA).body()).contains("Guide de la cantine",
				"https://cantine.example.fr/guide", "CC BY-SA 4.0");
		String list = web().get("/laureats").body();
		assertThat(list).contains("Cantine partagée", "Atelier vélo", "Guide de la cantine")
			.doesNotContain("Projet non retenu")
			.doesNotContain("Projet en attente");

		web.get("/laureats/" + dossierA);
		assertThat(web.post("/laureats/" + dossierA + "/livrables/" + id + "/depublier", Map.of()).statusCode())
			.isEqualTo(302);
		assertThat(web().get("/laureats/" + dossierA).body()).doesNotContain("Guide de la cantine");
	}

	@Test
	void onlyPublishedLaureatesHaveAPage() {
		assertThat(web().get("/laureats/" + notRetained).statusCode()).isEqualTo(404);
		assertThat(web().get("/laureats/" + notPublished).statusCode()).isEqualTo(404);
		assertThat(signIn(leadAdmin).get("/laureats/" + notPublished + "/retour").statusCode()).isEqualTo(404);
	}

	@Test
	void coAuthorsOfAnotherDossierCannotPostDeliverablesOrFeedback() {
		WebClient a = signIn(partnerAdmin);
		postDeliverable(a, dossierA, "Charte de coopération", "https://cantine.example.fr/charte");
		long id = deliverableId(dossierA, "Charte de coopération");

		for (String email : new String[] { otherAdmin, declinedAdmin, member }) {
			WebClient b = signIn(email);
			b.get("/laureats/" + dossierB);
			assertThat(b.get("/laureats/" + dossierA + "/livrables/nouveau").statusCode()).as(email).isEqualTo(403);
			assertThat(b.get("/laureats/" + dossierA + "/retour").statusCode()).as(email).isEqualTo(403);
			assertThat(b.post("/laureats/" + dossierA + "/livrables/nouveau", Map.of("title", "Intrus", "licence",
					"CC0", "externalUrl", "https://intrus.example.fr")).statusCode()).as(email).isEqualTo(403);
			assertThat(b.post("/laureats/" + dossierA + "/retour", Map.of("satisfaction", "1", "advice", "Intrus"))
				.statusCode()).as(email).isEqualTo(403);
			assertThat(b.post("/laureats/" + dossierA + "/livrables/" + id + "/publier", Map.of()).statusCode())
				.as(email)
				.isEqualTo(403);
			assertThat(b.get("/laureats/" + dossierA).body()).as(email).doesNotContain("Charte de coopération");
		}
		// B's administrator may act on B, but not on A's deliverable through B's address.
		WebClient b = signIn(otherAdmin);
		b.get("/laureats/" + dossierB);
		assertThat(b.post("/laureats/" + dossierB + "/livrables/" + id + "/publier", Map.of()).statusCode())
			.isEqualTo(404);
		assertThat(jdbc.queryForObject("select count(*) from deliverable where title = 'Intrus'", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from experience_feedback where dossier_id = ?", Integer.class,
				dossierA)).isZero();
		assertThat(jdbc.queryForObject("select published_at is null from deliverable where id = ?", Boolean.class, id))
			.isTrue();
		// Anonymous visitors are sent to the login form.
		assertThat(web().get("/laureats/" + dossierA + "/retour").statusCode()).isEqualTo(302);
	}

	@Test
	void theDeliverableFormNamesEachProblem() {
		WebClient web = signIn(leadAdmin);
		String page = web.submit("/laureats/" + dossierA + "/livrables/nouveau",
				"/laureats/" + dossierA + "/livrables/nouveau", Map.of("title", "", "licence", "MIT", "externalUrl", ""))
			.body();
		assertThat(page).contains("Indiquez le titre du livrable.", "Choisissez une licence ouverte dans la liste.",
				"Envoyez un fichier ou indiquez une adresse externe.");
		page = web.post("/laureats/" + dossierA + "/livrables/nouveau",
				Map.of("title", "Guide", "licence", "CC0", "externalUrl", "javascript:alert(1)")).body();
		assertThat(page).contains("L’adresse doit commencer par http:// ou https://").contains("value=\"Guide\"");

		// A renamed executable is refused by its content, with the message of the shared file store.
		HttpResponse<String> refused = multipart(web, dossierA, "Exécutable", "outil.pdf",
				"MZ\u0090\u0000binaire".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("ne correspond pas à un fichier .pdf");
		assertThat(jdbc.queryForObject("select count(*) from deliverable where dossier_id = ?", Integer.class,
				dossierA)).isZero();
	}

	@Test
	void anUploadedFileIsPrivateUntilPublished() {
		WebClient web = signIn(partnerAdmin);
		byte[] pdf = "%PDF-1.4\n% Guide\n".getBytes(StandardCharsets.US_ASCII);
		HttpResponse<String> added = multipart(web, dossierA, "Guide imprimable", "guide cantine.pdf", pdf);
		assertThat(added.statusCode()).isEqualTo(302);
		long id = deliverableId(dossierA, "Guide imprimable");
		assertThat(jdbc.queryForObject("select storage_key from deliverable where id = ?", String.class, id))
			.startsWith("calls/deliverable-" + dossierA + "/");

		assertThat(web().get("/livrables/" + id + "/fichier").statusCode()).isEqualTo(404);
		assertThat(signIn(otherAdmin).get("/livrables/" + id + "/fichier").statusCode()).isEqualTo(404);
		HttpResponse<String> own = web.get("/livrables/" + id + "/fichier");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).startsWith("%PDF-1.4");

		web.get("/laureats/" + dossierA);
		web.post("/laureats/" + dossierA + "/livrables/" + id + "/publier", Map.of());
		HttpResponse<String> open = web().get("/livrables/" + id + "/fichier");
		assertThat(open.statusCode()).isEqualTo(200);
		assertThat(open.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("guide");
		assertThat(open.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
	}

	@Test
	void publishingTellsTheResourceCentre() {
		long id = jdbc.queryForObject("insert into deliverable (dossier_id, title, description, licence, external_url, "
				+ "uploaded_by, uploaded_at) values (?, 'Boîte à outils', 'Fiches pratiques.', 'LICENCE_OUVERTE', "
				+ "'https://outils.example.fr', 0, now()) returning id", Long.class, dossierA);
		assertThat(laureates.publish(dossierA, id)).isTrue();
		assertThat(laureates.publish(dossierA, id)).isTrue();
		assertThat(events.stream(DeliverablePublished.class).filter(e -> e.deliverableId() == id))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.dossierId()).isEqualTo(dossierA);
				assertThat(e.licence()).isEqualTo("LICENCE_OUVERTE");
				assertThat(e.url()).isEqualTo("https://outils.example.fr");
				assertThat(e.title()).isEqualTo("Boîte à outils");
				assertThat(e.description()).isEqualTo("Fiches pratiques.");
				// the accepted co-authors, the lead first; the declined partner is not one
				assertThat(e.organisationIds()).containsExactly(lead, partner);
			});
		assertThat(laureates.publish(dossierB, id)).isFalse();

		assertThat(laureates.unpublish(dossierA, id)).isTrue();
		assertThat(laureates.unpublish(dossierA, id)).isTrue();
		assertThat(events.stream(DeliverableUnpublished.class).filter(e -> e.deliverableId() == id)).hasSize(1);
		assertThat(laureates.unpublish(dossierB, id)).isFalse();
	}

	@Test
	void oneFeedbackPerDossierTheLastAnswerKept() {
		WebClient partnerWeb = signIn(partnerAdmin);
		String page = partnerWeb.submit("/laureats/" + dossierA + "/retour", "/laureats/" + dossierA + "/retour",
				Map.of("cooperation", "Très bonne.", "satisfaction", "9")).body();
		assertThat(page).contains("Choisissez une note de satisfaction de 1 à 5.", "Très bonne.");
		page = partnerWeb.post("/laureats/" + dossierA + "/retour", Map.of("satisfaction", "4")).body();
		assertThat(page).contains("Répondez au moins à l’une des questions.");

		HttpResponse<String> saved = partnerWeb.post("/laureats/" + dossierA + "/retour",
				Map.of("cooperation", "Très bonne.", "advice", "Commencer tôt.", "satisfaction", "4"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(partnerWeb.get("/laureats/" + dossierA).body())
			.contains("Retour d’expérience donné par Camille partenaire", "(satisfaction : 4 sur 5)");

		WebClient leadWeb = signIn(leadAdmin);
		String form = leadWeb.get("/laureats/" + dossierA + "/retour").body();
		assertThat(form).contains("Commencer tôt.", "Dernière version enregistrée par Camille partenaire");
		leadWeb.post("/laureats/" + dossierA + "/retour",
				Map.of("cooperation", "Bonne.", "difficulties", "Le budget.", "satisfaction", "2"));
		Map<String, Object> row = jdbc.queryForMap("select * from experience_feedback where dossier_id = ?", dossierA);
		assertThat(row).containsEntry("satisfaction", 2)
			.containsEntry("cooperation", "Bonne.")
			.containsEntry("advice", "")
			.containsEntry("answered_by_label", "Camille porteur");
		assertThat(jdbc.queryForObject("select count(*) from experience_feedback where dossier_id = ?", Integer.class,
				dossierA)).isOne();
	}

	/** Posts the new-deliverable form with a file, as a browser does (multipart, the CSRF token as a part). */
	private HttpResponse<String> multipart(WebClient web, long dossier, String title, String fileName, byte[] content) {
		web.get("/laureats/" + dossier + "/livrables/nouveau");
		String boundary = "----gide" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> fields = Map.of("_csrf", web.csrf(), "title", title, "licence", "CC_BY", "externalUrl",
				"", "description", "");
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return web.send(HttpRequest.newBuilder(web.uri("/laureats/" + dossier + "/livrables/nouveau"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

}
