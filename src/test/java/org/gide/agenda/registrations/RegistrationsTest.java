package org.gide.agenda.registrations;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.agenda.AgendaFixtures;
import org.gide.agenda.EventKind;
import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventCancelled;
import org.gide.agenda.events.EventCapacityChanged;
import org.gide.agenda.events.EventState;
import org.gide.agenda.registrations.Registrations.Closed;
import org.gide.agenda.registrations.Registrations.ClosedException;
import org.gide.agenda.registrations.Registrations.Confirmation;
import org.gide.agenda.registrations.Registrations.Outcome;
import org.gide.agenda.registrations.Registrations.Request;
import org.gide.agenda.registrations.Registrations.Status;
import org.gide.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gide.accounts.AccountsFixtures.awaitMail;
import static org.gide.accounts.AccountsFixtures.link;
import static org.gide.accounts.AccountsFixtures.mailsTo;
import static org.gide.accounts.AccountsFixtures.subjectOfLastMailTo;
import static org.gide.accounts.AccountsFixtures.token;
import static org.gide.accounts.AccountsFixtures.uniqueEmail;

/** The registrations' service against the real database and SMTP server: seats, waiting list, mails, retention. */
class RegistrationsTest extends IntegrationTest {

	@Autowired
	private Registrations registrations;

	@Autowired
	private AgendaEvents events;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ApplicationEventPublisher publisher;

	private AgendaFixtures fixtures() {
		return new AgendaFixtures(events, jdbc);
	}

	private static Instant inDays(int days) {
		return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
	}

	private AgendaEvent event(Integer capacity, Instant start) {
		AgendaEvent event = fixtures().published(EventKind.TRAINING, start);
		event.setCapacity(capacity);
		return events.store(event);
	}

	private static Request withAccount(long accountId, String email) {
		return new Request(accountId, "Compte " + accountId, email, null, null, Locale.FRENCH);
	}

	private static Request withEmail(String email) {
		return new Request(null, "Camille Dupont", email, null, null, Locale.FRENCH);
	}

	private String status(long eventId, String email) {
		return jdbc.queryForObject("select status from agenda_registration where event_id = ? and email = ? "
				+ "order by id desc limit 1", String.class, eventId, email);
	}

	@Test
	void twoPeopleRacingForTheLastSeatGetOneSeatAndOneWaitingPlace() throws Exception {
		AgendaEvent event = event(2, inDays(20));
		registrations.register(event.getId(), withAccount(900_001, uniqueEmail("premier")));
		String a = uniqueEmail("course-a");
		String b = uniqueEmail("course-b");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			Callable<Outcome> first = () -> {
				start.await();
				return registrations.register(event.getId(), withAccount(900_002, a));
			};
			Callable<Outcome> second = () -> {
				start.await();
				return registrations.register(event.getId(), withAccount(900_003, b));
			};
			Future<Outcome> fa = pool.submit(first);
			Future<Outcome> fb = pool.submit(second);
			start.countDown();
			List<Status> statuses = List.of(fa.get().status(), fb.get().status());
			assertThat(statuses).containsExactlyInAnyOrder(Status.CONFIRMED, Status.WAITING);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(registrations.counts(event.getId())).isEqualTo(new SeatCounts(2, 2, 1, 0));
	}

	@Test
	void withANameAndEmailTheSeatIsHeldUntilTheMailsLinkConfirmsIt() {
		AgendaEvent event = event(1, inDays(21));
		String email = uniqueEmail("sans-compte");
		Outcome outcome = registrations.register(event.getId(), withEmail(email));
		assertThat(outcome.status()).isEqualTo(Status.UNCONFIRMED);
		assertThat(outcome.manageToken()).isNull();
		assertThat(registrations.counts(event.getId()).left()).isZero();
		String body = awaitMail(MAIL, email, 1);
		assertThat(subjectOfLastMailTo(MAIL, email)).contains("Confirmez votre inscription");
		assertThat(body).contains("Maison de l’ESS, Nîmes").contains("/agenda/inscriptions/");
		String confirm = token(link(body, "/agenda/inscriptions/confirmation"));
		assertThat(registrations.confirm(confirm)).isEqualTo(Confirmation.CONFIRMED);
		assertThat(registrations.confirm(confirm)).isEqualTo(Confirmation.ALREADY_CONFIRMED);
		assertThat(status(event.getId(), email)).isEqualTo("CONFIRMED");
		assertThat(registrations.confirm("inconnu")).isEqualTo(Confirmation.INVALID);
	}

	@Test
	void anExpiredConfirmationIsRefusedAndThePurgeDeletesItAndGivesTheSeatToTheWaitingList() {
		AgendaEvent event = event(1, inDays(22));
		String late = uniqueEmail("tardif");
		registrations.register(event.getId(), withEmail(late));
		String waiting = uniqueEmail("attente");
		assertThat(registrations.register(event.getId(), withAccount(900_010, waiting)).status())
			.isEqualTo(Status.WAITING);
		String confirm = token(link(awaitMail(MAIL, late, 1), "/agenda/inscriptions/confirmation"));
		jdbc.update("update agenda_registration set confirm_expires_at = now() - interval '1 minute' "
				+ "where event_id = ? and email = ?", event.getId(), late);
		assertThat(registrations.confirm(confirm)).isEqualTo(Confirmation.INVALID);

		registrations.purge(Instant.now());

		assertThat(jdbc.queryForObject("select count(*) from agenda_registration where email = ?", Integer.class,
				late)).isZero();
		assertThat(status(event.getId(), waiting)).isEqualTo("CONFIRMED");
		assertThat(subjectOfLastMailTo(MAIL, waiting)).contains("Une place s’est libérée");
	}

	@Test
	void cancellingASeatPromotesTheOldestWaitingPersonWithTheirOwnCancelLink() {
		AgendaEvent event = event(1, inDays(23));
		String seated = uniqueEmail("assis");
		String first = uniqueEmail("premier-attente");
		String second = uniqueEmail("second-attente");
		registrations.register(event.getId(), withAccount(900_020, seated));
		registrations.register(event.getId(), withAccount(900_021, first));
		registrations.register(event.getId(), withAccount(900_022, second));
		String manage = jdbc.queryForObject("select manage_token from agenda_registration where email = ?",
				String.class, seated);
		long version = jdbc.queryForObject("select version from agenda_registration where email = ?", Long.class,
				seated);

		assertThat(registrations.cancel(manage, version)).isTrue();

		assertThat(status(event.getId(), seated)).isEqualTo("CANCELLED");
		assertThat(status(event.getId(), first)).isEqualTo("CONFIRMED");
		assertThat(status(event.getId(), second)).isEqualTo("WAITING");
		assertThat(jdbc.queryForObject("select promoted_at is not null from agenda_registration where email = ?",
				Boolean.class, first)).isTrue();
		String promotedToken = jdbc.queryForObject("select manage_token from agenda_registration where email = ?",
				String.class, first);
		String body = awaitMail(MAIL, first, 2);
		assertThat(body).contains("Une place s’est libérée").contains("/agenda/inscriptions/" + promotedToken);
		// a stale version changes nothing
		long firstVersion = jdbc.queryForObject("select version from agenda_registration where email = ?", Long.class,
				first);
		assertThat(registrations.cancel(promotedToken, firstVersion - 1)).isFalse();
		assertThat(status(event.getId(), first)).isEqualTo("CONFIRMED");
	}

	@Test
	void raisingTheCapacityPromotesAsManyAsTheNewSeats() {
		AgendaEvent event = event(1, inDays(24));
		registrations.register(event.getId(), withAccount(900_030, uniqueEmail("seul")));
		String a = uniqueEmail("attente-a");
		String b = uniqueEmail("attente-b");
		String c = uniqueEmail("attente-c");
		registrations.register(event.getId(), withAccount(900_031, a));
		registrations.register(event.getId(), withAccount(900_032, b));
		registrations.register(event.getId(), withAccount(900_033, c));

		transactions.executeWithoutResult(tx -> {
			AgendaEvent locked = events.lock(event.getId()).orElseThrow();
			locked.setCapacity(3);
			events.store(locked);
			publisher.publishEvent(new EventCapacityChanged(event.getId(), 1, 3));
		});

		assertThat(status(event.getId(), a)).isEqualTo("CONFIRMED");
		assertThat(status(event.getId(), b)).isEqualTo("CONFIRMED");
		assertThat(status(event.getId(), c)).isEqualTo("WAITING");
		assertThat(registrations.counts(event.getId())).isEqualTo(new SeatCounts(3, 3, 1, 0));
	}

	@Test
	void aSecondRegistrationOfTheSameAddressCreatesNothingAndResendsTheManageLink() {
		AgendaEvent event = event(null, inDays(25));
		String email = uniqueEmail("deux-fois");
		registrations.register(event.getId(), withEmail(email));
		awaitMail(MAIL, email, 1);
		Outcome again = registrations.register(event.getId(), withEmail(email.toUpperCase(Locale.ROOT)));
		assertThat(again.already()).isTrue();
		assertThat(again.manageToken()).isNull();
		String body = awaitMail(MAIL, email, 2);
		String manage = jdbc.queryForObject("select manage_token from agenda_registration where email = ?",
				String.class, email);
		assertThat(body).contains("déjà inscrite").contains("/agenda/inscriptions/" + manage);
		assertThat(jdbc.queryForObject("select count(*) from agenda_registration where event_id = ?", Integer.class,
				event.getId())).isEqualTo(1);
		assertThat(registrations.counts(event.getId())).isEqualTo(new SeatCounts(null, 1, 0, null));
	}

	@Test
	void registrationsCloseAtTheDeadlineForCancelledEventsAndWhenThereIsNoRegistration() {
		AgendaEvent deadline = event(null, inDays(26));
		deadline.setRegistrationDeadline(Instant.now().minus(1, ChronoUnit.HOURS));
		AgendaEvent stored = events.store(deadline);
		assertThatThrownBy(() -> registrations.register(stored.getId(), withEmail(uniqueEmail("tard"))))
			.isInstanceOfSatisfying(ClosedException.class, e -> assertThat(e.reason()).isEqualTo(Closed.DEADLINE));

		AgendaEvent none = event(null, inDays(26));
		none.setRegistration(AgendaEvent.Registration.NONE);
		AgendaEvent noneStored = events.store(none);
		assertThatThrownBy(() -> registrations.register(noneStored.getId(), withEmail(uniqueEmail("libre"))))
			.isInstanceOfSatisfying(ClosedException.class, e -> assertThat(e.reason()).isEqualTo(Closed.NONE));

		AgendaEvent past = event(null, Instant.now().minus(2, ChronoUnit.DAYS));
		assertThatThrownBy(() -> registrations.register(past.getId(), withEmail(uniqueEmail("passe"))))
			.isInstanceOfSatisfying(ClosedException.class, e -> assertThat(e.reason()).isEqualTo(Closed.DEADLINE));

		AgendaEvent draft = events.store(fixtures().draft(EventKind.TRAINING, inDays(26)));
		assertThatThrownBy(() -> registrations.register(draft.getId(), withEmail(uniqueEmail("brouillon"))))
			.isInstanceOfSatisfying(ClosedException.class, e -> assertThat(e.reason()).isEqualTo(Closed.NOT_FOUND));
	}

	@Test
	void cancellingTheEventMailsEveryActiveRegistrationWithTheReason() {
		AgendaEvent event = event(1, inDays(27));
		String seated = uniqueEmail("annule-assis");
		String waiting = uniqueEmail("annule-attente");
		String gone = uniqueEmail("annule-parti");
		registrations.register(event.getId(), withAccount(900_040, seated));
		registrations.register(event.getId(), withAccount(900_041, waiting));
		registrations.register(event.getId(), withAccount(900_042, gone));
		jdbc.update("update agenda_registration set status = 'CANCELLED' where email = ?", gone);

		transactions.executeWithoutResult(tx -> {
			AgendaEvent locked = events.lock(event.getId()).orElseThrow();
			locked.setState(EventState.CANCELLED);
			locked.setCancelledReason("Intervenant malade");
			events.store(locked);
			publisher.publishEvent(new EventCancelled(event.getId(), "Intervenant malade"));
		});

		assertThat(awaitMail(MAIL, seated, 2)).contains("est annulé").contains("Intervenant malade");
		assertThat(awaitMail(MAIL, waiting, 2)).contains("Intervenant malade");
		assertThat(mailsTo(MAIL, gone)).hasSize(1);
	}

	@Test
	void theReminderLeavesOnceForConfirmedRegistrationsOfEventsStartingInTwentyFourToTwentyFiveHours() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		AgendaEvent tomorrow = fixtures().published(EventKind.TRAINING, now.plus(Duration.ofMinutes(24 * 60 + 30)));
		tomorrow.setCapacity(1);
		tomorrow.setOnlineUrl("https://visio.exemple.fr/salle");
		tomorrow.setAccessibility("Salle de plain-pied");
		tomorrow = events.store(tomorrow);
		AgendaEvent later = event(null, now.plus(Duration.ofHours(26)));
		String confirmed = uniqueEmail("rappel");
		String waiting = uniqueEmail("rappel-attente");
		String notYet = uniqueEmail("rappel-plus-tard");
		registrations.register(tomorrow.getId(), withAccount(900_050, confirmed));
		registrations.register(tomorrow.getId(), withAccount(900_051, waiting));
		registrations.register(later.getId(), withAccount(900_052, notYet));

		registrations.remind(now);
		registrations.remind(now);

		String body = awaitMail(MAIL, confirmed, 2);
		assertThat(body).contains("Pour rappel").contains("https://visio.exemple.fr/salle")
			.contains("Salle de plain-pied")
			.contains("/agenda/inscriptions/");
		assertThat(mailsTo(MAIL, confirmed)).hasSize(2);
		assertThat(mailsTo(MAIL, waiting)).hasSize(1);
		assertThat(mailsTo(MAIL, notYet)).hasSize(1);
		assertThat(jdbc.queryForObject("select reminded_at is not null from agenda_registration where email = ?",
				Boolean.class, confirmed)).isTrue();
	}

	@Test
	void retentionErasesNamesEmailsAccountsAndTokensAfterTheRetentionPeriodAndKeepsTheFigures() {
		AgendaEvent old = event(null, Instant.now().minus(400, ChronoUnit.DAYS));
		AgendaEvent recent = event(null, Instant.now().minus(100, ChronoUnit.DAYS));
		String oldEmail = uniqueEmail("ancien");
		String recentEmail = uniqueEmail("recent");
		long oldId = insertAttended(old.getId(), oldEmail);
		long recentId = insertAttended(recent.getId(), recentEmail);

		registrations.purge(Instant.now());

		Map<String, Object> row = jdbc.queryForMap("select * from agenda_registration where id = ?", oldId);
		assertThat(row.get("name")).isNull();
		assertThat(row.get("email")).isNull();
		assertThat(row.get("account_id")).isNull();
		assertThat(row.get("confirm_token_hash")).isNull();
		assertThat(row.get("manage_token")).isEqualTo("anonymised-" + oldId);
		assertThat(row.get("anonymised_at")).isNotNull();
		assertThat(row.get("attended")).isEqualTo(true);
		assertThat(row.get("participant_kind")).isEqualTo("AGENT");
		assertThat(row.get("organisation_id")).isEqualTo(42L);
		assertThat(row.get("status")).isEqualTo("CONFIRMED");
		assertThat(registrations.byManageToken("anonymised-" + oldId)).isEmpty();

		Map<String, Object> kept = jdbc.queryForMap("select * from agenda_registration where id = ?", recentId);
		assertThat(kept.get("email")).isEqualTo(recentEmail);
		assertThat(kept.get("anonymised_at")).isNull();
		assertThat(Set.of(kept.get("name"))).containsExactly("Personne témoin");
	}

	private long insertAttended(long eventId, String email) {
		return jdbc.queryForObject("insert into agenda_registration (event_id, account_id, name, email, "
				+ "organisation_id, participant_kind, status, confirm_token_hash, manage_token, created_at, "
				+ "confirmed_at, attended) values (?, 77, 'Personne témoin', ?, 42, 'AGENT', 'CONFIRMED', "
				+ "'\\x00'::bytea, ?, now(), now(), true) returning id", Long.class, eventId, email,
				Registrations.newToken());
	}

}
