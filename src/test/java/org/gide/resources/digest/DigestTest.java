package org.gide.resources.digest;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.gide.resources.ResourceType;
import org.gide.resources.feeds.ResourceFixtures;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gide.accounts.AccountsFixtures.awaitMail;
import static org.gide.accounts.AccountsFixtures.link;
import static org.gide.accounts.AccountsFixtures.mailsTo;
import static org.gide.accounts.AccountsFixtures.subjectOfLastMailTo;
import static org.gide.accounts.AccountsFixtures.token;
import static org.gide.accounts.AccountsFixtures.uniqueEmail;

/**
 * The weekly digest (docs/resources.md § 8) with a real SMTP server and fixed clocks: each test owns its weeks (in
 * the past, so that no other test's items fall in them) and a tag that only its subscribers follow.
 */
class DigestTest extends IntegrationTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	private DigestJob job;

	@Autowired
	private Subscriptions subscriptions;

	@Autowired
	private SubscriptionRateLimit limit;

	@Autowired
	private ResourceItems items;

	@Autowired
	private JdbcTemplate jdbc;

	@Value("${gide.public-url}")
	private String publicUrl;

	private final String tag = "lettre-" + Long.toString(System.nanoTime(), 36);

	@BeforeEach
	@AfterEach
	void freshLimit() {
		limit.reset();
	}

	/** A fixed clock at this Paris wall time (the job is given its instant as the scheduler would). */
	private static Clock at(String parisDateTime) {
		return Clock.fixed(LocalDateTime.parse(parisDateTime).atZone(PARIS).toInstant(), PARIS);
	}

	private static Instant paris(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(PARIS).toInstant();
	}

	/** An ACTIVE subscription following this test's tag, as a confirmed subscriber has it. */
	private String activeSubscriber(String filter) {
		String email = uniqueEmail("abonne");
		jdbc.update("insert into resource_subscription (email, locale, filter, status, unsubscribe_token, created_at, "
				+ "confirmed_at) values (?, 'fr', ?, 'ACTIVE', ?, now(), now())", email, filter,
				Subscriptions.newToken());
		return email;
	}

	@Test
	void theDueMondayIsThisWeeksFromSevenOClockParisTimeElseLastWeeks() {
		assertThat(DigestJob.dueMonday(paris("2025-03-10T06:59"))).isEqualTo(LocalDate.parse("2025-03-03"));
		assertThat(DigestJob.dueMonday(paris("2025-03-10T07:00"))).isEqualTo(LocalDate.parse("2025-03-10"));
		assertThat(DigestJob.dueMonday(paris("2025-03-13T15:00"))).isEqualTo(LocalDate.parse("2025-03-10"));
		assertThat(DigestJob.dueMonday(paris("2025-03-16T23:59"))).isEqualTo(LocalDate.parse("2025-03-10"));
		// summer time: 07:00 in Paris is 05:00 UTC
		assertThat(DigestJob.dueMonday(Instant.parse("2025-07-07T05:00:00Z"))).isEqualTo(LocalDate.parse("2025-07-07"));
		assertThat(DigestJob.dueMonday(Instant.parse("2025-07-07T04:59:00Z"))).isEqualTo(LocalDate.parse("2025-06-30"));
	}

	@Test
	void twoRunsOfOneWeekSendOneMailToEachSubscriberWithTheWeeksItemsGroupedByType() throws Exception {
		ResourceFixtures fixtures = new ResourceFixtures(items);
		// the week sent on Monday 2024-03-11 is [2024-03-04 00:00, 2024-03-11 00:00) Paris time
		ResourceItem method = fixtures.published(ResourceType.METHOD, "Outil de gouvernance partagée", tag,
				paris("2024-03-04T00:00"));
		ResourceItem news = fixtures.published(ResourceType.NEWS, "Ouverture d’une recyclerie", tag,
				paris("2024-03-10T23:59"));
		ResourceItem offer = fixtures.published(ResourceType.OFFER, "Poste de coordination", tag,
				paris("2024-03-06T10:00"));
		ResourceItem before = fixtures.published(ResourceType.NEWS, "Semaine précédente", tag,
				paris("2024-03-03T23:59"));
		ResourceItem after = fixtures.published(ResourceType.NEWS, "Semaine suivante", tag, paris("2024-03-11T00:00"));
		ResourceItem expired = fixtures.published(ResourceType.OFFER, "Offre échue en cours de semaine", tag,
				paris("2024-03-05T10:00"), i -> i.setExpiresAt(paris("2024-03-06T00:00")));
		ResourceItem draft = fixtures.draft(ResourceType.ARTICLE, "Brouillon de la semaine", tag,
				paris("2024-03-05T10:00"));
		ResourceItem other = fixtures.published(ResourceType.NEWS, "Autre étiquette", tag + "-autre",
				paris("2024-03-05T10:00"));
		String first = activeSubscriber("etiquette=" + tag);
		String second = activeSubscriber("etiquette=" + tag);
		String offersOnly = activeSubscriber("type=offres&etiquette=" + tag);

		assertThat(job.run(at("2024-03-11T07:05").instant())).isGreaterThanOrEqualTo(3);
		assertThat(job.run(at("2024-03-11T08:05").instant())).as("the week is finished").isZero();
		assertThat(job.run(at("2024-03-14T12:05").instant())).isZero();

		for (String subscriber : List.of(first, second)) {
			String body = awaitMail(MAIL, subscriber, 1);
			assertThat(body).contains(method.getTitle(), news.getTitle(), offer.getTitle())
				.contains(publicUrl + method.path(), publicUrl + news.path(), publicUrl + offer.path())
				.contains("== Actualité ==", "== Méthode ou outil ==")
				.doesNotContain(before.getTitle(), after.getTitle(), expired.getTitle(), draft.getTitle(),
						other.getTitle())
				.contains(publicUrl + "/ressources/lettre/desabonnement?jeton=");
			assertThat(body.replace("\r\n", "\n")).as("a heading per type, then title, summary and link of each item")
				.contains("\n== Actualité ==\n* " + news.getTitle() + "\n  " + news.getSummary() + "\n  " + publicUrl
						+ news.path() + "\n");
			assertThat(body.indexOf("== Actualité ==")).as("grouped in the order of the types")
				.isLessThan(body.indexOf("== Méthode ou outil =="));
			assertThat(subjectOfLastMailTo(MAIL, subscriber)).contains("semaine du 4 mars 2024");
		}
		String offers = awaitMail(MAIL, offersOnly, 1);
		assertThat(offers).contains(offer.getTitle()).doesNotContain(method.getTitle(), news.getTitle());
		Thread.sleep(300);
		assertThat(mailsTo(MAIL, first)).hasSize(1);
		assertThat(mailsTo(MAIL, second)).hasSize(1);
		assertThat(mailsTo(MAIL, offersOnly)).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from resource_digest_delivery d join resource_subscription s "
				+ "on s.id = d.subscription_id where d.week = date '2024-03-11' and s.email in (?, ?, ?)", Integer.class,
				first, second, offersOnly)).isEqualTo(3);
		assertThat(jdbc.queryForObject("select finished_at is not null from resource_digest_run "
				+ "where week = date '2024-03-11'", Boolean.class)).isTrue();
	}

	@Test
	void theUnsubscribeLinkOfTheMailStopsTheNextWeeksMailAndCanBeUndone() {
		ResourceFixtures fixtures = new ResourceFixtures(items);
		ResourceItem firstWeek = fixtures.published(ResourceType.ARTICLE, "Article de la première semaine", tag,
				paris("2023-05-10T09:00"));
		ResourceItem secondWeek = fixtures.published(ResourceType.ARTICLE, "Article de la seconde semaine", tag,
				paris("2023-05-17T09:00"));
		String subscriber = activeSubscriber("etiquette=" + tag);
		String stays = activeSubscriber("etiquette=" + tag);

		job.run(at("2023-05-15T07:05").instant());
		String body = awaitMail(MAIL, subscriber, 1);
		assertThat(body).contains(firstWeek.getTitle());

		String unsubscribe = link(body, "/ressources/lettre/desabonnement");
		WebClient web = web();
		HttpResponse<String> page = web.get(unsubscribe);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Vous êtes désabonné·e").contains(subscriber)
			.contains("Annuler le désabonnement");
		assertThat(status(subscriber)).isEqualTo("UNSUBSCRIBED");
		assertThat(web.get(unsubscribe).body()).as("idempotent").contains("Vous êtes désabonné·e");
		assertThat(status(subscriber)).isEqualTo("UNSUBSCRIBED");

		job.run(at("2023-05-22T07:05").instant());
		String stayed = awaitMail(MAIL, stays, 2);
		assertThat(stayed).contains(secondWeek.getTitle());
		assertThat(mailsTo(MAIL, subscriber)).as("nothing the week after unsubscribing").hasSize(1);

		HttpResponse<String> undo = web.post("/ressources/lettre/reabonnement", Map.of("jeton", token(unsubscribe)));
		assertThat(undo.statusCode()).isEqualTo(200);
		assertThat(undo.body()).contains("Vous êtes de nouveau abonné·e");
		assertThat(status(subscriber)).isEqualTo("ACTIVE");
		web.get("/ressources/lettre");
		assertThat(web.post("/ressources/lettre/reabonnement", Map.of()).statusCode()).isEqualTo(400);
		assertThat(web.get("/ressources/lettre/desabonnement?jeton=inconnu").body())
			.contains("Lien de désabonnement inconnu");
	}

	@Test
	void anEmptyWeekSendsNoMail() {
		String subscriber = activeSubscriber("etiquette=" + tag);
		new ResourceFixtures(items).published(ResourceType.NEWS, "Hors de la semaine", tag, paris("2022-09-20T10:00"));
		job.run(at("2022-09-19T09:05").instant());
		assertThat(jdbc.queryForObject("select finished_at is not null from resource_digest_run "
				+ "where week = date '2022-09-19'", Boolean.class)).isTrue();
		MAIL.waitForIncomingEmail(500, 1);
		assertThat(mailsTo(MAIL, subscriber)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from resource_digest_delivery d join resource_subscription s "
				+ "on s.id = d.subscription_id where s.email = ?", Integer.class, subscriber)).isZero();
	}

	@Test
	void subscribingSendsAConfirmationLinkThatActivatesTheSubscriptionWithItsFilter() {
		String email = uniqueEmail("lectrice");
		WebClient web = web();
		HttpResponse<String> form = web.get("/ressources/lettre?type=offres&secteur=agriculture");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).containsPattern("value=\"offres\"\\s+checked")
			.containsPattern("value=\"agriculture\"\\s+selected");
		HttpResponse<String> sent = web.post("/ressources/lettre", Map.of("email", email, "type", "offres",
				"secteur", "agriculture", "territoire", "", "etiquette", "Emploi"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(web.get(web.location(sent)).body()).contains("un message vient de lui être envoyé");
		assertThat(status(email)).isEqualTo("PENDING");

		String body = awaitMail(MAIL, email, 1);
		String confirmation = link(body, "/ressources/lettre/confirmation");
		assertThat(body).contains("étiquette « emploi »");
		assertThat(jdbc.queryForObject("select encode(confirm_token_hash, 'hex') from resource_subscription "
				+ "where email = ?", String.class, email)).doesNotContain(token(confirmation))
			.isEqualTo(java.util.HexFormat.of().formatHex(Subscriptions.hash(token(confirmation))));

		assertThat(web.get(confirmation).body()).contains("Abonnement confirmé");
		assertThat(status(email)).isEqualTo("ACTIVE");
		assertThat(jdbc.queryForObject("select filter from resource_subscription where email = ?", String.class,
				email)).isEqualTo("type=offres&secteur=agriculture&etiquette=emploi");
		assertThat(web.get(confirmation).body()).contains("Abonnement déjà confirmé");
		assertThat(web.get("/ressources/lettre/confirmation?jeton=nimporte-quoi").body())
			.contains("Lien de confirmation non valable");
	}

	@Test
	void anExpiredConfirmationLinkDoesNothingAndTheNightlyPurgeForgetsIt() {
		String email = uniqueEmail("tardive");
		WebClient web = web();
		web.get("/ressources/lettre");
		web.post("/ressources/lettre", Map.of("email", email));
		String confirmation = link(awaitMail(MAIL, email, 1), "/ressources/lettre/confirmation");
		jdbc.update("update resource_subscription set confirm_expires_at = now() - interval '1 minute' where email = ?",
				email);
		assertThat(web.get(confirmation).body()).contains("Lien de confirmation non valable");
		assertThat(status(email)).isEqualTo("PENDING");

		String gone = activeSubscriber("");
		String recent = activeSubscriber("");
		String active = activeSubscriber("");
		jdbc.update("update resource_subscription set status = 'UNSUBSCRIBED', unsubscribed_at = now() - interval "
				+ "'31 days' where email = ?", gone);
		jdbc.update("update resource_subscription set status = 'UNSUBSCRIBED', unsubscribed_at = now() - interval "
				+ "'29 days' where email = ?", recent);
		subscriptions.purge(Instant.now());
		assertThat(status(email)).isNull();
		assertThat(status(gone)).isNull();
		assertThat(status(recent)).isEqualTo("UNSUBSCRIBED");
		assertThat(status(active)).isEqualTo("ACTIVE");
	}

	@Test
	void thePageSaysTheSameForAKnownAndAnUnknownAddress() {
		String unknown = uniqueEmail("inconnue");
		String known = activeSubscriber("");
		String knownPage = submitted(known).replace(known, "ADRESSE");
		String unknownPage = submitted(unknown).replace(unknown, "ADRESSE");
		assertThat(knownPage).isEqualTo(unknownPage);
		assertThat(awaitMail(MAIL, known, 1)).contains("déjà abonnée")
			.contains("/ressources/lettre/desabonnement?jeton=");
		assertThat(status(known)).isEqualTo("ACTIVE");
		assertThat(awaitMail(MAIL, unknown, 1)).contains("/ressources/lettre/confirmation?jeton=");
		assertThat(status(unknown)).isEqualTo("PENDING");
	}

	@Test
	void theFormNamesItsErrorsAndLimitsSubscriptionsPerAddress() {
		WebClient web = web();
		web.get("/ressources/lettre");
		HttpResponse<String> empty = web.post("/ressources/lettre", Map.of("email", " "));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Indiquez votre adresse électronique").contains("aria-invalid=\"true\"");
		HttpResponse<String> invalid = web.post("/ressources/lettre", Map.of("email", "pas une adresse",
				"etiquette", "<script>"));
		assertThat(invalid.body()).contains("n’est pas valide").contains("Une étiquette compte");
		for (int i = 0; i < limit.perHour(); i++) {
			assertThat(web.post("/ressources/lettre", Map.of("email", uniqueEmail("rafale"))).statusCode())
				.isEqualTo(302);
		}
		HttpResponse<String> limited = web.post("/ressources/lettre", Map.of("email", uniqueEmail("rafale")));
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.body()).contains("Trop de demandes");
	}

	private String submitted(String email) {
		WebClient web = web();
		web.get("/ressources/lettre");
		HttpResponse<String> response = web.post("/ressources/lettre", Map.of("email", email));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(web.location(response)).isEqualTo("/ressources/lettre");
		String page = web.get("/ressources/lettre").body();
		// the CSRF token differs from one session to another
		return page.replaceAll("name=\"_csrf\"\\s+value=\"[^\"]+\"", "").replaceAll("name=\"_csrf\" content=\"[^\"]+\"", "");
	}

	private String status(String email) {
		return jdbc.query("select status from resource_subscription where email = ?",
				rs -> rs.next() ? rs.getString(1) : null, email);
	}

}
