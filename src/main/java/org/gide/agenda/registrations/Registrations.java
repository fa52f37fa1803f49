package org.gide.agenda.registrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.agenda.events.AgendaEvent;
import org.gide.agenda.events.AgendaEvents;
import org.gide.agenda.events.EventCancelled;
import org.gide.agenda.events.EventCapacityChanged;
import org.gide.agenda.events.EventState;
import org.gide.mail.Mailer;

/**
 * Registrations to the agenda's events (docs/agenda.md section 4): register with an account (confirmed at once) or
 * with a name and an email (confirmation link valid 48 h, the seat held meanwhile), cancel by the manage link, the
 * waiting list promoted in the transaction that frees a seat, reminders the day before, attendance and the
 * retention of personal data. Seats are counted under the event's row lock ({@link AgendaEvents#lock(long)}).
 * Other parts use {@link #counts(long)} only.
 */
@Service
public class Registrations implements org.gide.agenda.events.EventSeats {

	/** How long a confirmation link stays valid (and the seat held). */
	static final Duration CONFIRMATION_TTL = Duration.ofHours(48);

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** The statuses of a registration. */
	public enum Status {
		UNCONFIRMED, CONFIRMED, WAITING, CANCELLED
	}

	/** Participant kinds asked for awareness sessions. */
	public enum Kind {
		AGENT, ELECTED, ESS, OTHER
	}

	/** Why registrations are closed for an event (none: open). */
	public enum Closed {
		NOT_FOUND, NONE, CANCELLED, DEADLINE
	}

	/** What a person asks: an account (its id, name and email) or a name and an email. */
	public record Request(Long accountId, String name, String email, Long organisationId, Kind kind, Locale locale) {
	}

	/** What happened to a registration request; {@code manageToken} only for an account's own registration. */
	public record Outcome(Status status, boolean already, String manageToken) {
	}

	/** A row of {@code agenda_registration}. */
	public record Registration(long id, long eventId, Long accountId, String name, String email, Long organisationId,
			Kind kind, Status status, String manageToken, Instant createdAt, Instant confirmedAt, Instant waitingSince,
			Instant promotedAt, Instant confirmExpiresAt, Boolean attended, long version) {
	}

	/** What a confirmation link did. */
	public enum Confirmation {
		CONFIRMED, ALREADY_CONFIRMED, INVALID
	}

	private static final String COLUMNS = "id, event_id, account_id, name, email, organisation_id, participant_kind, "
			+ "status, manage_token, created_at, confirmed_at, waiting_since, promoted_at, confirm_expires_at, attended, "
			+ "version";

	private static final RowMapper<Registration> ROW = (rs, i) -> new Registration(rs.getLong("id"),
			rs.getLong("event_id"), (Long) rs.getObject("account_id", Long.class), rs.getString("name"),
			rs.getString("email"), (Long) rs.getObject("organisation_id", Long.class),
			rs.getString("participant_kind") == null ? null : Kind.valueOf(rs.getString("participant_kind")),
			Status.valueOf(rs.getString("status")), rs.getString("manage_token"), instant(rs.getTimestamp("created_at")),
			instant(rs.getTimestamp("confirmed_at")), instant(rs.getTimestamp("waiting_since")),
			instant(rs.getTimestamp("promoted_at")), instant(rs.getTimestamp("confirm_expires_at")),
			(Boolean) rs.getObject("attended", Boolean.class), rs.getLong("version"));

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final AgendaEvents events;

	private final Mailer mailer;

	private final Clock clock;

	private final int retentionMonths;

	Registrations(JdbcTemplate jdbc, AgendaEvents events, Mailer mailer, ObjectProvider<Clock> clock,
			@Value("${gide.agenda.retention-months:12}") int retentionMonths) {
		this.jdbc = jdbc;
		this.events = events;
		this.mailer = mailer;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.retentionMonths = retentionMonths;
	}

	/** Seats of the event: taken (confirmed and unconfirmed), waiting, left (null when unlimited). */
	@Transactional(readOnly = true)
	public SeatCounts counts(long eventId) {
		Integer capacity = jdbc.query("select capacity from agenda_event where id = ?",
				rs -> rs.next() ? (Integer) rs.getObject(1, Integer.class) : null, eventId);
		int[] counts = new int[2];
		jdbc.query("""
				select count(*) filter (where status in ('CONFIRMED','UNCONFIRMED')),
				       count(*) filter (where status = 'WAITING')
				from agenda_registration where event_id = ?""", rs -> {
			counts[0] = rs.getInt(1);
			counts[1] = rs.getInt(2);
		}, eventId);
		Integer left = capacity == null ? null : Math.max(0, capacity - counts[0]);
		return new SeatCounts(capacity, counts[0], counts[1], left);
	}

	/** Why the event takes no registration now, empty when it does. */
	Optional<Closed> closed(AgendaEvent event) {
		if (event.getState() == EventState.DRAFT) {
			return Optional.of(Closed.NOT_FOUND);
		}
		if (event.getState() == EventState.CANCELLED) {
			return Optional.of(Closed.CANCELLED);
		}
		if (event.getRegistration() == AgendaEvent.Registration.NONE) {
			return Optional.of(Closed.NONE);
		}
		Instant deadline = event.getRegistrationDeadline() != null ? event.getRegistrationDeadline()
				: event.getStartsAt();
		if (!clock.instant().isBefore(deadline) || !clock.instant().isBefore(event.getStartsAt())) {
			return Optional.of(Closed.DEADLINE);
		}
		return Optional.empty();
	}

	/**
	 * Registers: under the event's lock, a seat (CONFIRMED with an account, UNCONFIRMED with a name and email) when
	 * confirmed and unconfirmed registrations are fewer than the capacity, else WAITING. An address already
	 * registered (active) gets its manage link again by mail; the caller answers as for a new registration.
	 * @throws ClosedException when registrations are closed
	 */
	@Transactional
	public Outcome register(long eventId, Request request) {
		AgendaEvent event = events.lock(eventId).orElseThrow(() -> new ClosedException(Closed.NOT_FOUND));
		Optional<Closed> closed = closed(event);
		if (closed.isPresent()) {
			throw new ClosedException(closed.get());
		}
		Instant now = clock.instant();
		String email = request.email().strip();
		Optional<Registration> existing = jdbc
			.query("select " + COLUMNS + " from agenda_registration where event_id = ? and lower(email) = lower(?) "
					+ "and status <> 'CANCELLED'", ROW, eventId, email)
			.stream()
			.findFirst();
		if (existing.isPresent()) {
			Registration registration = existing.get();
			mail(registration.email(), request.locale(), "agenda.registrations.mail.already.subject",
					"agenda-registrations-already", event, registration.manageToken(),
					Map.of("status", registration.status().name()));
			return new Outcome(registration.status(), true,
					request.accountId() != null ? registration.manageToken() : null);
		}
		boolean account = request.accountId() != null;
		SeatCounts counts = counts(eventId);
		boolean seat = counts.left() == null || counts.left() > 0;
		Status status = seat ? (account ? Status.CONFIRMED : Status.UNCONFIRMED) : Status.WAITING;
		String manageToken = newToken();
		String confirmToken = account ? null : newToken();
		Timestamp at = Timestamp.from(now);
		jdbc.update("insert into agenda_registration (event_id, account_id, name, email, organisation_id, "
				+ "participant_kind, status, confirm_token_hash, confirm_expires_at, manage_token, created_at, "
				+ "confirmed_at, waiting_since) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", eventId,
				request.accountId(), request.name().strip(), email, request.organisationId(),
				request.kind() == null ? null : request.kind().name(), status.name(),
				account ? null : hash(confirmToken), account ? null : Timestamp.from(now.plus(CONFIRMATION_TTL)),
				manageToken, at, account ? at : null, status == Status.WAITING ? at : null);
		Map<String, Object> model = new HashMap<>();
		model.put("status", status.name());
		model.put("hours", CONFIRMATION_TTL.toHours());
		if (confirmToken != null) {
			model.put("confirmToken", confirmToken);
		}
		mail(email, request.locale(), account ? "agenda.registrations.mail.registered.subject"
				: "agenda.registrations.mail.confirm.subject", account ? "agenda-registrations-registered"
						: "agenda-registrations-confirm", event, manageToken, model);
		return new Outcome(status, false, account ? manageToken : null);
	}

	/**
	 * Follows a confirmation link: an UNCONFIRMED registration becomes CONFIRMED (its seat was held); a WAITING one
	 * stays waiting but may now be promoted. Expired or unknown links are INVALID.
	 */
	@Transactional
	public Confirmation confirm(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Confirmation.INVALID;
		}
		Optional<Registration> found = jdbc
			.query("select " + COLUMNS + " from agenda_registration where confirm_token_hash = ? "
					+ "and anonymised_at is null", ROW, hash(token.strip()))
			.stream()
			.findFirst();
		if (found.isEmpty() || found.get().status() == Status.CANCELLED) {
			return Confirmation.INVALID;
		}
		Registration registration = found.get();
		events.lock(registration.eventId());
		if (registration.confirmedAt() != null) {
			return Confirmation.ALREADY_CONFIRMED;
		}
		Instant now = clock.instant();
		if (registration.confirmExpiresAt() == null || !registration.confirmExpiresAt().isAfter(now)) {
			return Confirmation.INVALID;
		}
		jdbc.update("update agenda_registration set confirmed_at = ?, status = case when status = 'UNCONFIRMED' "
				+ "then 'CONFIRMED' else status end, version = version + 1 where id = ?", Timestamp.from(now),
				registration.id());
		if (registration.status() == Status.WAITING) {
			promoteWaiting(registration.eventId());
		}
		return Confirmation.CONFIRMED;
	}

	/** The registration of a manage link (not anonymised). */
	@Transactional(readOnly = true)
	public Optional<Registration> byManageToken(String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			return Optional.empty();
		}
		return jdbc
			.query("select " + COLUMNS + " from agenda_registration where manage_token = ? and anonymised_at is null",
					ROW, token)
			.stream()
			.findFirst();
	}

	/**
	 * Cancels the registration of this manage link; a freed seat promotes the oldest waiting person in the same
	 * transaction. False when the registration changed meanwhile (stale version) or is unknown.
	 */
	@Transactional
	public boolean cancel(String token, long version) {
		Optional<Registration> found = byManageToken(token);
		if (found.isEmpty()) {
			return false;
		}
		Registration registration = found.get();
		events.lock(registration.eventId());
		if (registration.status() == Status.CANCELLED) {
			return true;
		}
		int changed = jdbc.update("update agenda_registration set status = 'CANCELLED', cancelled_at = ?, "
				+ "version = version + 1 where id = ? and version = ? and status <> 'CANCELLED'",
				Timestamp.from(clock.instant()), registration.id(), version);
		if (changed == 0) {
			return false;
		}
		promoteWaiting(registration.eventId());
		return true;
	}

	/**
	 * Under the event's lock (taken by the caller): while seats are free, the oldest confirmed WAITING registration
	 * becomes CONFIRMED ({@code promoted_at}) and is mailed « une place s'est libérée ». Only for published events
	 * not started. Returns how many were promoted.
	 */
	@Transactional
	public int promoteWaiting(long eventId) {
		AgendaEvent event = events.lock(eventId).orElse(null);
		if (event == null || event.getState() != EventState.PUBLISHED
				|| !clock.instant().isBefore(event.getStartsAt())) {
			return 0;
		}
		int promoted = 0;
		while (true) {
			SeatCounts counts = counts(eventId);
			if (counts.left() != null && counts.left() <= 0) {
				return promoted;
			}
			Optional<Registration> next = jdbc
				.query("select " + COLUMNS + " from agenda_registration where event_id = ? and status = 'WAITING' "
						+ "and confirmed_at is not null order by waiting_since, id limit 1", ROW, eventId)
				.stream()
				.findFirst();
			if (next.isEmpty()) {
				return promoted;
			}
			promote(event, next.get());
			promoted++;
		}
	}

	/** An organiser promotes a waiting person by hand (even beyond the capacity). False on a stale version. */
	@Transactional
	public boolean promoteByHand(AgendaEvent event, long registrationId, long version) {
		events.lock(event.getId());
		Optional<Registration> found = jdbc
			.query("select " + COLUMNS + " from agenda_registration where id = ? and event_id = ? and version = ? "
					+ "and status = 'WAITING'", ROW, registrationId, event.getId(), version)
			.stream()
			.findFirst();
		found.ifPresent(registration -> promote(event, registration));
		return found.isPresent();
	}

	private void promote(AgendaEvent event, Registration registration) {
		Instant now = clock.instant();
		jdbc.update("update agenda_registration set status = 'CONFIRMED', promoted_at = ?, confirmed_at = "
				+ "coalesce(confirmed_at, ?), version = version + 1 where id = ?", Timestamp.from(now),
				Timestamp.from(now), registration.id());
		if (registration.email() != null) {
			mail(registration.email(), Locale.FRENCH, "agenda.registrations.mail.promoted.subject",
					"agenda-registrations-promoted", event, registration.manageToken(), Map.of());
		}
	}

	/** Seats were added: the waiting list moves up in the same transaction. */
	@EventListener
	@Transactional
	public void onCapacityChanged(EventCapacityChanged changed) {
		promoteWaiting(changed.eventId());
	}

	/** The event is cancelled: every active registration is told why, in the same transaction. */
	@EventListener
	@Transactional
	public void onEventCancelled(EventCancelled cancelled) {
		AgendaEvent event = events.find(cancelled.eventId()).orElse(null);
		if (event == null) {
			return;
		}
		for (Registration registration : jdbc.query("select " + COLUMNS + " from agenda_registration where "
				+ "event_id = ? and status <> 'CANCELLED' and email is not null order by id", ROW, event.getId())) {
			mail(registration.email(), Locale.FRENCH, "agenda.registrations.mail.cancelled.subject",
					"agenda-registrations-cancelled", event, registration.manageToken(),
					Map.of("reason", cancelled.reason() == null ? "" : cancelled.reason()));
		}
	}

	/** Hourly: reminders for the events starting in the next 24 to 25 hours. */
	@Scheduled(cron = "${gide.agenda.reminder-cron:0 0 * * * *}", zone = "Europe/Paris")
	public void remindScheduled() {
		remind(clock.instant());
	}

	/**
	 * One reminder mail per CONFIRMED registration of a published event starting between {@code now} + 24 h and
	 * {@code now} + 25 h whose {@code reminded_at} is null; {@code reminded_at} is set in the same transaction.
	 */
	@Transactional
	public int remind(Instant now) {
		List<Registration> due = jdbc.query("select r." + COLUMNS.replace(", ", ", r.")
				+ " from agenda_registration r join agenda_event e on e.id = r.event_id where r.status = 'CONFIRMED' "
				+ "and r.reminded_at is null and r.email is not null and e.state = 'PUBLISHED' and e.starts_at >= ? "
				+ "and e.starts_at < ? order by r.id for update of r skip locked", ROW,
				Timestamp.from(now.plus(Duration.ofHours(24))), Timestamp.from(now.plus(Duration.ofHours(25))));
		for (Registration registration : due) {
			AgendaEvent event = events.find(registration.eventId()).orElseThrow();
			mail(registration.email(), Locale.FRENCH, "agenda.registrations.mail.reminder.subject",
					"agenda-registrations-reminder", event, registration.manageToken(), Map.of());
			jdbc.update("update agenda_registration set reminded_at = ? where id = ?", Timestamp.from(now),
					registration.id());
		}
		return due.size();
	}

	/** Nightly: personal data erased after the retention period, expired unconfirmed rows deleted. */
	@Scheduled(cron = "${gide.agenda.retention-cron:0 20 3 * * *}", zone = "Europe/Paris")
	public void retentionScheduled() {
		purge(clock.instant());
	}

	/**
	 * Erases name, email, account id and tokens of the registrations of events that ended more than the retention
	 * period ago ({@code anonymised_at} set; status, kind, organisation and attendance kept), and deletes the
	 * registrations never confirmed whose link expired (their held seats go to the waiting list). Returns the number
	 * of rows anonymised plus deleted.
	 */
	@Transactional
	public int purge(Instant now) {
		Instant limit = ZonedDateTime.ofInstant(now, PARIS).minusMonths(retentionMonths).toInstant();
		int anonymised = jdbc.update("update agenda_registration r set name = null, email = null, account_id = null, "
				+ "confirm_token_hash = null, manage_token = 'anonymised-' || r.id, anonymised_at = ? from agenda_event e "
				+ "where e.id = r.event_id and e.ends_at < ? and r.anonymised_at is null", Timestamp.from(now),
				Timestamp.from(limit));
		List<Long> freed = jdbc.queryForList("delete from agenda_registration where confirmed_at is null and "
				+ "account_id is null and anonymised_at is null and status in ('UNCONFIRMED','WAITING') and "
				+ "confirm_expires_at < ? returning event_id", Long.class, Timestamp.from(now));
		freed.stream().distinct().forEach(this::promoteWaiting);
		return anonymised + freed.size();
	}

	/** The registrations of an event for its organisers: seats first, then the waiting list in order, then others. */
	@Transactional(readOnly = true)
	public List<Registration> list(long eventId) {
		return jdbc.query("select " + COLUMNS + " from agenda_registration where event_id = ? order by case status "
				+ "when 'CONFIRMED' then 0 when 'UNCONFIRMED' then 1 when 'WAITING' then 2 else 3 end, "
				+ "coalesce(waiting_since, created_at), id", ROW, eventId);
	}

	/**
	 * Marks attendance of the event's CONFIRMED registrations: {@code versions} maps each listed registration to the
	 * version shown, {@code present} holds those present. All or nothing: false (nothing written) when one changed.
	 */
	@Transactional
	public boolean markAttendance(long eventId, Map<Long, Long> versions, java.util.Set<Long> present) {
		events.lock(eventId);
		for (Map.Entry<Long, Long> entry : versions.entrySet()) {
			int changed = jdbc.update("update agenda_registration set attended = ?, version = version + 1 where id = ? "
					+ "and event_id = ? and version = ? and status = 'CONFIRMED'", present.contains(entry.getKey()),
					entry.getKey(), eventId, entry.getValue());
			if (changed == 0) {
				throw new StaleException();
			}
		}
		return true;
	}

	private void mail(String to, Locale locale, String subjectKey, String template, AgendaEvent event,
			String manageToken, Map<String, Object> extra) {
		Locale mailLocale = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
		Map<String, Object> model = new HashMap<>(extra);
		model.put("title", event.getTitle());
		model.put("eventPath", event.path());
		model.put("when", when(event, mailLocale));
		model.put("place", event.getPlace() == null ? "" : event.getPlace());
		model.put("onlineUrl", event.getOnlineUrl() == null ? "" : event.getOnlineUrl());
		model.put("accessibility", event.getAccessibility() == null ? "" : event.getAccessibility());
		model.put("manageToken", manageToken);
		mailer.send(to, mailLocale, subjectKey, new Object[] { event.getTitle() }, template, model);
	}

	/** « lundi 3 mars 2027, 14:00 – 16:00 » in Paris time. */
	static String when(AgendaEvent event, Locale locale) {
		ZonedDateTime start = event.getStartsAt().atZone(PARIS);
		ZonedDateTime end = event.getEndsAt().atZone(PARIS);
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
		if (start.toLocalDate().equals(end.toLocalDate())) {
			return day.format(start) + ", " + time.format(start) + " – " + time.format(end);
		}
		return day.format(start) + " " + time.format(start) + " – " + day.format(end) + " " + time.format(end);
	}

	/** 32 random bytes, base64url without padding (43 characters). */
	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** Registrations are closed for this reason. */
	static class ClosedException extends RuntimeException {

		private final Closed reason;

		ClosedException(Closed reason) {
			super(reason.name());
			this.reason = reason;
		}

		Closed reason() {
			return reason;
		}

	}

	/** A registration changed since the form was shown; nothing was written. */
	static class StaleException extends RuntimeException {

		StaleException() {
			super("stale");
		}

	}

	@Override
	@Transactional(readOnly = true)
	public java.util.OptionalInt left(long eventId) {
		Integer left = counts(eventId).left();
		return left == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(left);
	}

}
