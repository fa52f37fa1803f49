package org.gide.resources.digest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.mail.Mailer;
import org.gide.resources.reading.ResourceQuery;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;

/**
 * Subscriptions to the weekly digest ({@code resource_subscription}, docs/resources.md § 8): double opt-in (a
 * PENDING row and a confirmation link valid 48 h whose SHA-256 alone is stored), one-click unsubscribe by a random
 * token that can do nothing else, undo, and the nightly purge of what is no longer needed. Whatever the address,
 * {@link #subscribe} behaves the same from the outside: a mail leaves for that address only.
 */
@Service
class Subscriptions {

	/** How long a confirmation link stays valid. */
	static final Duration CONFIRMATION_TTL = Duration.ofHours(48);

	/** How long an unsubscribed address is kept (so that « annuler » still works), then deleted. */
	static final Duration UNSUBSCRIBED_KEPT = Duration.ofDays(30);

	/** No second confirmation mail to the same address within this delay (the form may be posted by anyone). */
	static final Duration RESEND_DELAY = Duration.ofMinutes(10);

	enum Status {
		PENDING, ACTIVE, UNSUBSCRIBED
	}

	/** A row of {@code resource_subscription}. */
	record Subscription(long id, String email, String locale, String filter, Status status, Instant confirmExpiresAt,
			Instant confirmedAt, String unsubscribeToken) {

		Locale mailLocale() {
			return Locale.forLanguageTag(locale);
		}

	}

	/** What a confirmation link did. */
	enum Confirmation {
		CONFIRMED, ALREADY_CONFIRMED, INVALID
	}

	private static final String COLUMNS = "id, email, locale, filter, status, confirm_expires_at, confirmed_at, "
			+ "unsubscribe_token";

	private static final RowMapper<Subscription> ROW = (rs, i) -> new Subscription(rs.getLong("id"),
			rs.getString("email"), rs.getString("locale"), rs.getString("filter"), Status.valueOf(rs.getString("status")),
			instant(rs.getTimestamp("confirm_expires_at")), instant(rs.getTimestamp("confirmed_at")),
			rs.getString("unsubscribe_token"));

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Mailer mailer;

	private final MessageSource messages;

	private final Territories territories;

	private final Clock clock;

	Subscriptions(JdbcTemplate jdbc, Mailer mailer, MessageSource messages, Territories territories,
			ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.messages = messages;
		this.territories = territories;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Asks for a subscription of {@code email} with the filter: a new or forgotten address becomes PENDING and is
	 * mailed a confirmation link (the filter and language are those of this form); a PENDING one gets a fresh link
	 * (at most one mail per {@link #RESEND_DELAY}); an ACTIVE one is told it is already subscribed, its filter
	 * unchanged (anyone may type an address: only its owner may change what it receives).
	 */
	@Transactional
	public void subscribe(String email, Locale locale, ResourceQuery filter) {
		String address = email.strip();
		String language = "en".equals(locale.getLanguage()) ? "en" : "fr";
		String canonical = filter.toQueryString();
		Instant now = clock.instant();
		jdbc.update("insert into resource_subscription (email, locale, filter, status, unsubscribe_token, created_at) "
				+ "values (?, ?, ?, 'UNSUBSCRIBED', ?, ?) on conflict do nothing", address, language,
				canonical, newToken(), Timestamp.from(now));
		Subscription subscription = jdbc.queryForObject(
				"select " + COLUMNS + " from resource_subscription where lower(email) = lower(?) for update", ROW, address);
		switch (subscription.status()) {
			case ACTIVE -> mailer.send(subscription.email(), subscription.mailLocale(),
					"resources.following.mail.already.subject", new Object[0], "resources-digest-already",
					Map.of("filter", describe(ResourceQuery.parse(subscription.filter()), subscription.mailLocale()),
							"unsubscribeToken", subscription.unsubscribeToken()));
			case PENDING, UNSUBSCRIBED -> {
				boolean recentlyMailed = subscription.status() == Status.PENDING
						&& subscription.confirmExpiresAt() != null
						&& subscription.confirmExpiresAt().isAfter(now.plus(CONFIRMATION_TTL).minus(RESEND_DELAY))
						&& subscription.filter().equals(canonical);
				if (recentlyMailed) {
					return;
				}
				String token = newToken();
				jdbc.update("update resource_subscription set status = 'PENDING', locale = ?, filter = ?, "
						+ "confirm_token_hash = ?, confirm_expires_at = ?, confirmed_at = null, unsubscribed_at = null "
						+ "where id = ?", language, canonical, hash(token), Timestamp.from(now.plus(CONFIRMATION_TTL)),
						subscription.id());
				Locale mailLocale = Locale.forLanguageTag(language);
				mailer.send(subscription.email(), mailLocale, "resources.following.mail.confirm.subject", new Object[0],
						"resources-digest-confirm",
						Map.of("token", token, "hours", CONFIRMATION_TTL.toHours(), "filter",
								describe(filter, mailLocale), "unsubscribeToken", subscription.unsubscribeToken()));
			}
		}
	}

	/** Follows a confirmation link: a PENDING row whose link has not expired becomes ACTIVE. */
	@Transactional
	public Confirmation confirm(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Confirmation.INVALID;
		}
		Optional<Subscription> found = jdbc
			.query("select " + COLUMNS + " from resource_subscription where confirm_token_hash = ? for update", ROW,
					hash(token.strip()))
			.stream()
			.findFirst();
		if (found.isEmpty()) {
			return Confirmation.INVALID;
		}
		Subscription subscription = found.get();
		if (subscription.status() == Status.ACTIVE) {
			return Confirmation.ALREADY_CONFIRMED;
		}
		Instant now = clock.instant();
		if (subscription.status() != Status.PENDING || subscription.confirmExpiresAt() == null
				|| !subscription.confirmExpiresAt().isAfter(now)) {
			return Confirmation.INVALID;
		}
		jdbc.update("update resource_subscription set status = 'ACTIVE', confirmed_at = ? where id = ?",
				Timestamp.from(now), subscription.id());
		return Confirmation.CONFIRMED;
	}

	/** One click: the subscription of this token stops at once (again: no change). Empty for an unknown token. */
	@Transactional
	public Optional<String> unsubscribe(String token) {
		Optional<Subscription> found = byUnsubscribeToken(token);
		found.filter(s -> s.status() != Status.UNSUBSCRIBED)
			.ifPresent(s -> jdbc.update(
					"update resource_subscription set status = 'UNSUBSCRIBED', unsubscribed_at = ? where id = ?",
					Timestamp.from(clock.instant()), s.id()));
		return found.map(Subscription::email);
	}

	/**
	 * Undoes an unsubscription: ACTIVE again if the address had been confirmed (else it must subscribe anew).
	 * False for an unknown token or an address never confirmed.
	 */
	@Transactional
	public boolean resubscribe(String token) {
		Optional<Subscription> found = byUnsubscribeToken(token);
		if (found.isEmpty() || found.get().confirmedAt() == null) {
			return false;
		}
		if (found.get().status() == Status.UNSUBSCRIBED) {
			jdbc.update("update resource_subscription set status = 'ACTIVE', unsubscribed_at = null where id = ?",
					found.get().id());
		}
		return true;
	}

	/** Nightly: PENDING rows whose link expired (48 h), and UNSUBSCRIBED ones after 30 days, are deleted. */
	@Scheduled(cron = "${gide.resources.digest.purge-cron:0 40 3 * * *}", zone = "Europe/Paris")
	public void purgeScheduled() {
		purge(clock.instant());
	}

	@Transactional
	int purge(Instant now) {
		return jdbc.update("delete from resource_subscription where (status = 'PENDING' and (confirm_expires_at is null "
				+ "or confirm_expires_at < ?)) or (status = 'UNSUBSCRIBED' and (unsubscribed_at is null or "
				+ "unsubscribed_at < ?))", Timestamp.from(now), Timestamp.from(now.minus(UNSUBSCRIBED_KEPT)));
	}

	/** The ACTIVE subscriptions' ids (the digest sends to each in its own transaction). */
	List<Long> activeIds() {
		return jdbc.queryForList("select id from resource_subscription where status = 'ACTIVE' order by id", Long.class);
	}

	/** The subscription if still ACTIVE, locked until the end of the caller's transaction. */
	Optional<Subscription> lockActive(long id) {
		return jdbc
			.query("select " + COLUMNS + " from resource_subscription where id = ? and status = 'ACTIVE' for update",
					ROW, id)
			.stream()
			.findFirst();
	}

	/** The filter in words (« Offres, Articles · secteur Agriculture · … »), « toutes les ressources » when empty. */
	String describe(ResourceQuery filter, Locale locale) {
		List<String> parts = new ArrayList<>();
		if (!filter.types().isEmpty()) {
			parts.add(String.join(", ", filter.types()
				.stream()
				.map(t -> messages.getMessage(t.labelKey(), null, t.name(), locale))
				.toList()));
		}
		filter.sectors()
			.forEach(s -> parts.add(messages.getMessage("resources.following.filter.sector",
					new Object[] { messages.getMessage(s.messageKey(), null, s.name(), locale) }, locale)));
		for (String slug : filter.territories()) {
			String name = territories.findBySlug(slug).map(TerritorySummary::nom).orElse(slug);
			parts.add(messages.getMessage("resources.following.filter.territory", new Object[] { name }, locale));
		}
		filter.tags()
			.forEach(t -> parts.add(messages.getMessage("resources.following.filter.tag", new Object[] { t }, locale)));
		if (filter.q() != null) {
			parts.add(messages.getMessage("resources.following.filter.text", new Object[] { filter.q() }, locale));
		}
		filter.organisations()
			.forEach(o -> parts.add(messages.getMessage("resources.following.filter.organisation", new Object[] { o },
					locale)));
		return parts.isEmpty() ? messages.getMessage("resources.following.filter.all", null, locale)
				: String.join(" · ", parts);
	}

	private Optional<Subscription> byUnsubscribeToken(String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			return Optional.empty();
		}
		return jdbc
			.query("select " + COLUMNS + " from resource_subscription where unsubscribe_token = ? for update", ROW,
					token.strip())
			.stream()
			.findFirst();
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

}
