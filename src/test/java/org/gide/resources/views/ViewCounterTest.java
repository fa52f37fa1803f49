package org.gide.resources.views;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gide.resources.ResourceType;
import org.gide.resources.ResourceViewed;
import org.gide.resources.indicators.MeasureFixtures;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.workflow.ResourceState;
import org.gide.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views counted without cookies (docs/resources.md § 6), through the {@link ResourceViewed} event as the item page
 * publishes it: one per visitor (address and browser) and day, robots and prefetches left out, and the day salts and
 * fingerprints of past days purged so that only (item, day, count) remains.
 */
class ViewCounterTest extends IntegrationTest {

	private static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

	private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/156.0.0.0 Safari/537.36";

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ResourceItems items;

	@Autowired
	ViewCounter counter;

	@Autowired
	JdbcTemplate jdbc;

	private long publishedArticle() {
		return items.store(MeasureFixtures.published(MeasureFixtures.draft(ResourceType.ARTICLE, "Article lu"),
				Instant.now(), ResourceState.PUBLISHED, List.of(MeasureFixtures.next())))
			.getId();
	}

	private void view(long item, String address, String userAgent, String purpose, Instant at) {
		events.publishEvent(new ResourceViewed(item, address, userAgent, purpose, at));
	}

	private int views(long item, LocalDate day) {
		return jdbc.query("select views from resource_view_daily where item_id = ? and day = ?",
				rs -> rs.next() ? rs.getInt(1) : 0, item, Date.valueOf(day));
	}

	@Test
	void aReaderCountsOnceADayAndRobotsAndPrefetchesNever() {
		long item = publishedArticle();
		long other = publishedArticle();
		Instant now = Instant.now();
		LocalDate today = LocalDate.ofInstant(now, ViewCounter.ZONE);

		view(item, "192.0.2.10", FIREFOX, null, now);
		view(item, "192.0.2.10", FIREFOX, null, now.plusSeconds(60));
		assertThat(views(item, today)).as("same address and browser twice").isEqualTo(1);

		view(item, "192.0.2.10", CHROME, null, now);
		assertThat(views(item, today)).as("another browser at the same address").isEqualTo(2);
		view(item, "198.51.100.7", FIREFOX, null, now);
		assertThat(views(item, today)).as("another address").isEqualTo(3);

		view(item, "203.0.113.5", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", null, now);
		view(item, "203.0.113.5", "curl/8.5.0", null, now);
		view(item, "203.0.113.5", "python-requests/2.32", null, now);
		view(item, "203.0.113.5", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php) Preview", null, now);
		view(item, "203.0.113.5", "", null, now);
		assertThat(views(item, today)).as("robots, link previews and empty user agents").isEqualTo(3);

		view(item, "203.0.113.6", FIREFOX, "prefetch", now);
		view(item, "203.0.113.6", FIREFOX, "prefetch;prerender", now);
		assertThat(views(item, today)).as("prefetches").isEqualTo(3);

		// the same reader reading another item counts for that item
		view(other, "192.0.2.10", FIREFOX, null, now);
		assertThat(views(other, today)).isEqualTo(1);
		assertThat(views(item, today)).isEqualTo(3);
	}

	@Test
	void theFingerprintsAndSaltsOfPastDaysArePurgedAndTheCountsKept() {
		long item = publishedArticle();
		Instant now = Instant.now();
		Instant twoDaysAgo = now.minus(2, ChronoUnit.DAYS);
		LocalDate today = LocalDate.ofInstant(now, ViewCounter.ZONE);
		LocalDate past = LocalDate.ofInstant(twoDaysAgo, ViewCounter.ZONE);

		view(item, "192.0.2.20", FIREFOX, null, twoDaysAgo);
		view(item, "192.0.2.21", FIREFOX, null, twoDaysAgo);
		view(item, "192.0.2.20", FIREFOX, null, now);
		assertThat(views(item, past)).isEqualTo(2);
		assertThat(views(item, today)).as("a new day: the same reader counts again").isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from resource_view_salt where day = ?", Integer.class,
				Date.valueOf(past))).isEqualTo(1);
		// only fingerprints are kept: 32 bytes, never the address or the browser
		assertThat(jdbc.queryForList("select encode(fingerprint, 'escape') from resource_view_seen", String.class))
			.noneMatch(f -> f.contains("192.0.2.20") || f.contains("Firefox"));

		assertThat(counter.purgePastDays()).isGreaterThanOrEqualTo(3);

		assertThat(jdbc.queryForObject("select count(*) from resource_view_salt where day < ?", Integer.class,
				Date.valueOf(today))).isZero();
		assertThat(jdbc.queryForObject("select count(*) from resource_view_seen where day < ?", Integer.class,
				Date.valueOf(today))).isZero();
		assertThat(jdbc.queryForObject("select count(*) from resource_view_salt where day = ?", Integer.class,
				Date.valueOf(today))).as("today's salt stays").isEqualTo(1);
		assertThat(views(item, past)).as("counts are kept").isEqualTo(2);
		// today's reader is still recognised after the purge
		view(item, "192.0.2.20", FIREFOX, null, now.plusSeconds(5));
		assertThat(views(item, today)).isEqualTo(1);
	}

	@Test
	void theSaltOfADayIsThirtyTwoRandomBytesAndDiffersFromDayToDay() {
		long item = publishedArticle();
		Instant now = Instant.now();
		view(item, "192.0.2.30", FIREFOX, null, now.minus(1, ChronoUnit.DAYS));
		view(item, "192.0.2.30", FIREFOX, null, now);
		List<byte[]> salts = jdbc.queryForList("select salt from resource_view_salt where day in (?, ?)", byte[].class,
				Date.valueOf(LocalDate.ofInstant(now.minus(1, ChronoUnit.DAYS), ViewCounter.ZONE)),
				Date.valueOf(LocalDate.ofInstant(now, ViewCounter.ZONE)));
		assertThat(salts).hasSize(2).allSatisfy(s -> assertThat(s).hasSize(32));
		assertThat(salts.get(0)).isNotEqualTo(salts.get(1));
	}

}
