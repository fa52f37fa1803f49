package org.gide.resources.digest;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.mail.Mailer;
import org.gide.resources.ResourceType;
import org.gide.resources.reading.ResourceHit;
import org.gide.resources.reading.ResourceQuery;
import org.gide.resources.reading.ResourceSearch;

/**
 * The weekly digest (docs/resources.md § 8). Checked hourly; from Monday 07:00 (Europe/Paris) it sends, once, the
 * items whose {@code last_published_at} falls in the previous week [Monday − 7 d, Monday), still published and
 * unexpired, matching each ACTIVE subscriber's filter. A Monday missed (server down) is caught up later that week.
 * {@code resource_digest_run} marks the week; each subscriber is served in its own transaction that inserts its
 * {@code resource_digest_delivery} row and queues the mail together, so a re-run or a second instance skips who was
 * served. A subscriber whose filter finds nothing gets no mail.
 */
@Component
class DigestJob {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final LocalTime SEND_FROM = LocalTime.of(7, 0);

	private final JdbcTemplate jdbc;

	private final Subscriptions subscriptions;

	private final ResourceSearch search;

	private final Mailer mailer;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String publicUrl;

	DigestJob(JdbcTemplate jdbc, Subscriptions subscriptions, ResourceSearch search, Mailer mailer,
			PlatformTransactionManager transactions, ObjectProvider<Clock> clock,
			@Value("${gide.public-url}") String publicUrl) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.search = search;
		this.mailer = mailer;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@Scheduled(cron = "${gide.resources.digest.cron}", zone = "Europe/Paris")
	public void scheduled() {
		run(clock.instant());
	}

	/** The Monday (Paris) whose digest is due at {@code now}: this week's from its 07:00, else last week's. */
	static LocalDate dueMonday(Instant now) {
		ZonedDateTime paris = now.atZone(PARIS);
		LocalDate monday = paris.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (now.isBefore(monday.atTime(SEND_FROM).atZone(PARIS).toInstant())) {
			monday = monday.minusWeeks(1);
		}
		return monday;
	}

	/** Sends the digest due at {@code now} unless its week is finished; returns the number of mails queued. */
	int run(Instant now) {
		LocalDate monday = dueMonday(now);
		Boolean finished = jdbc.query("select finished_at is not null from resource_digest_run where week = ?",
				rs -> rs.next() ? rs.getBoolean(1) : null, Date.valueOf(monday));
		if (Boolean.TRUE.equals(finished)) {
			return 0;
		}
		jdbc.update("insert into resource_digest_run (week, started_at) values (?, ?) on conflict do nothing",
				Date.valueOf(monday), Timestamp.from(now));
		Instant from = monday.minusWeeks(1).atStartOfDay(PARIS).toInstant();
		Instant to = monday.atStartOfDay(PARIS).toInstant();
		int items = search.publishedBetween(ResourceQuery.everything(), from, to, now).size();
		Map<String, List<ResourceHit>> byFilter = new HashMap<>();
		int queued = 0;
		int failed = 0;
		for (long id : subscriptions.activeIds()) {
			try {
				Boolean sent = transaction.execute(status -> sendTo(id, monday, from, to, now, byFilter));
				queued += Boolean.TRUE.equals(sent) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				failed++;
				log.warn("Digest of week {} not queued for subscription {}: {}", monday, id, ex.getMessage());
			}
		}
		// With a failure the week stays open: the next hourly check retries, skipping who was already served.
		jdbc.update("update resource_digest_run set finished_at = ?, items = ?, recipients = "
				+ "(select count(*) from resource_digest_delivery where week = ?) where week = ?",
				new SqlParameterValue(Types.TIMESTAMP, failed == 0 ? Timestamp.from(now) : null), items, Date.valueOf(monday), Date.valueOf(monday));
		if (queued > 0) {
			log.info("Digest of the week before {}: {} items, {} mails queued", monday, items, queued);
		}
		return queued;
	}

	private boolean sendTo(long id, LocalDate monday, Instant from, Instant to, Instant now,
			Map<String, List<ResourceHit>> byFilter) {
		Subscriptions.Subscription subscription = subscriptions.lockActive(id).orElse(null);
		if (subscription == null) {
			return false;
		}
		List<ResourceHit> hits = byFilter.computeIfAbsent(subscription.filter(),
				filter -> search.publishedBetween(ResourceQuery.parse(filter), from, to, now));
		if (hits.isEmpty()) {
			return false;
		}
		int inserted = jdbc.update("insert into resource_digest_delivery (week, subscription_id, items, queued_at) "
				+ "values (?, ?, ?, ?) on conflict do nothing", Date.valueOf(monday), id, hits.size(),
				Timestamp.from(now));
		if (inserted == 0) {
			return false;
		}
		Locale locale = subscription.mailLocale();
		String week = DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(monday.minusWeeks(1));
		Map<String, Object> model = new HashMap<>();
		model.put("week", week);
		model.put("groups", groups(hits));
		model.put("count", hits.size());
		model.put("filter", subscriptions.describe(ResourceQuery.parse(subscription.filter()), locale));
		model.put("unsubscribeToken", subscription.unsubscribeToken());
		mailer.send(subscription.email(), locale, "resources.following.mail.digest.subject", new Object[] { week },
				"resources-digest", model);
		return true;
	}

	/** One item of the mail: title, summary and absolute link. */
	record Line(String title, String summary, String url) {
	}

	/** The items of one type, in the order of {@link ResourceType}. */
	record Group(String labelKey, List<Line> lines) {
	}

	private List<Group> groups(List<ResourceHit> hits) {
		Map<ResourceType, List<Line>> byType = new EnumMap<>(ResourceType.class);
		for (ResourceHit hit : hits) {
			byType.computeIfAbsent(hit.type(), t -> new ArrayList<>())
				.add(new Line(hit.title(), shorten(hit.summary()), publicUrl + hit.path()));
		}
		List<Group> groups = new ArrayList<>();
		byType.forEach((type, lines) -> groups.add(new Group(type.labelKey(), lines)));
		return groups;
	}

	private static String shorten(String summary) {
		if (summary == null) {
			return "";
		}
		String text = summary.replaceAll("\\s+", " ").strip();
		return text.length() <= 280 ? text : text.substring(0, 279).strip() + "…";
	}

}
