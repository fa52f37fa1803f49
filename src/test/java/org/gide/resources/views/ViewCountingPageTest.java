package org.gide.resources.views;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gide.resources.ResourceType;
import org.gide.resources.indicators.MeasureFixtures;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.resources.workflow.ResourceState;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Views counted from the real item page (part C publishes {@code ResourceViewed}): an anonymous reader gets the page
 * without any cookie, and counts once a day; a prefetch and a robot do not count. Skipped (not failed) while the
 * item page of part C is absent from the branch: it runs once the parts are merged. Checked on a trial merge with
 * part C: it passes only when {@code layout/base.html} writes its two {@code _csrf} meta tags for signed-in visitors
 * only ({@code th:if="${_csrf != null and layout.signedIn}"}); otherwise reading the CSRF token creates a session
 * and every anonymous page sets {@code JSESSIONID}.
 */
class ViewCountingPageTest extends IntegrationTest {

	@Autowired
	ResourceItems items;

	@Autowired
	JdbcTemplate jdbc;

	private int views(long item) {
		return jdbc.query("select views from resource_view_daily where item_id = ? and day = ?",
				rs -> rs.next() ? rs.getInt(1) : 0, item,
				Date.valueOf(LocalDate.ofInstant(Instant.now(), ViewCounter.ZONE)));
	}

	private HttpResponse<String> read(WebClient web, String path, String userAgent, String purpose) {
		HttpRequest.Builder request = HttpRequest.newBuilder(web.uri(path)).header("User-Agent", userAgent).GET();
		if (purpose != null) {
			request.header("Sec-Purpose", purpose);
		}
		return web.send(request.build());
	}

	@Test
	void anAnonymousReaderGetsNoCookieAndCountsOnceADay() {
		ResourceItem item = items.store(MeasureFixtures.published(
				MeasureFixtures.draft(ResourceType.ARTICLE, "Article compté sans cookie"), Instant.now(),
				ResourceState.PUBLISHED, List.of(MeasureFixtures.next())));
		WebClient web = web();
		String firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";
		HttpResponse<String> page = read(web, item.path(), firefox, null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).as("no cookie on a public item page").isEmpty();
		assertThat(views(item.getId())).isEqualTo(1);

		read(web(), item.path(), firefox, null);
		assertThat(views(item.getId())).as("the same reader the same day").isEqualTo(1);
		read(web(), item.path(), firefox, "prefetch");
		read(web(), item.path(), "Mozilla/5.0 (compatible; bingbot/2.0)", null);
		assertThat(views(item.getId())).as("prefetch and robot").isEqualTo(1);
		read(web(), item.path(), "Mozilla/5.0 (Macintosh) Safari/605.1.15", null);
		assertThat(views(item.getId())).as("another browser").isEqualTo(2);
	}

}
