package org.gide.resources.views;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.resources.ResourceViewed;

/**
 * Consultations of the resources counted without cookies nor personal data (docs/resources.md § 6). A view is
 * identified for one day by {@code SHA-256(salt of the day ‖ item ‖ remote address ‖ User-Agent)}: the same visitor
 * reading an item twice a day counts once. Prefetches and robots do not count. The salts and fingerprints of past
 * days are deleted every night at 00:10 (Europe/Paris): what remains is (item, day, count), which relates to nobody.
 */
@Component
public class ViewCounter {

	/** Days are those of the Gard. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	/** User agents that are not readers: crawlers, link previews, command-line clients. */
	static final Pattern ROBOT = Pattern.compile("(?i)bot|crawl|spider|slurp|preview|curl|wget|python");

	private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ViewCounter(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Whether this request is a reader's: not a prefetch (Sec-Purpose / Purpose), not a robot, a user agent given. */
	static boolean countable(String purpose, String userAgent) {
		if (purpose != null && purpose.toLowerCase(java.util.Locale.ROOT).contains("prefetch")) {
			return false;
		}
		return userAgent != null && !userAgent.isBlank() && !ROBOT.matcher(userAgent).find();
	}

	/**
	 * Counts a view of a published item's page (the reading part publishes the event only for those, and not for the
	 * item's authors nor the committee). A failure is logged and never breaks the page.
	 */
	@EventListener
	public void on(ResourceViewed view) {
		if (!countable(view.purpose(), view.userAgent())) {
			return;
		}
		try {
			count(view.itemId(), view.remoteAddress() == null ? "" : view.remoteAddress(), view.userAgent(),
					LocalDate.ofInstant(view.at(), ZONE));
		}
		catch (RuntimeException e) {
			log.warn("View of resource {} not counted: {}", view.itemId(), e.toString());
		}
	}

	/** True when this (item, visitor, day) was not seen yet and the day's count went up. */
	boolean count(long itemId, String remoteAddress, String userAgent, LocalDate day) {
		Boolean counted = transactions.execute(status -> {
			byte[] fingerprint = fingerprint(salt(day), itemId, remoteAddress, userAgent);
			int seen = jdbc.update("insert into resource_view_seen (day, fingerprint) values (?, ?) "
					+ "on conflict do nothing", Date.valueOf(day), fingerprint);
			if (seen == 0) {
				return false;
			}
			jdbc.update("insert into resource_view_daily (item_id, day, views) values (?, ?, 1) "
					+ "on conflict (item_id, day) do update set views = resource_view_daily.views + 1", itemId,
					Date.valueOf(day));
			return true;
		});
		return Boolean.TRUE.equals(counted);
	}

	/** The day's salt: 32 random bytes, created by the first view of the day (concurrent first views agree). */
	private byte[] salt(LocalDate day) {
		byte[] fresh = new byte[32];
		random.nextBytes(fresh);
		jdbc.update("insert into resource_view_salt (day, salt) values (?, ?) on conflict do nothing",
				Date.valueOf(day), fresh);
		return jdbc.queryForObject("select salt from resource_view_salt where day = ?", byte[].class,
				Date.valueOf(day));
	}

	static byte[] fingerprint(byte[] salt, long itemId, String remoteAddress, String userAgent) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			sha.update(ByteBuffer.allocate(Long.BYTES).putLong(itemId).array());
			sha.update(remoteAddress.getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0);
			sha.update(userAgent.getBytes(StandardCharsets.UTF_8));
			return sha.digest();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Deletes the salts and fingerprints of the days before today (Europe/Paris): yesterday's visitors can no longer
	 * be recognised, only the daily counts remain. Returns the number of rows deleted.
	 */
	@Scheduled(cron = "${gide.resources.views.purge-cron}", zone = "Europe/Paris")
	public int purgePastDays() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
		Integer deleted = transactions.execute(status -> jdbc.update("delete from resource_view_seen where day < ?",
				Date.valueOf(today))
				+ jdbc.update("delete from resource_view_salt where day < ?", Date.valueOf(today)));
		return deleted == null ? 0 : deleted;
	}

}
