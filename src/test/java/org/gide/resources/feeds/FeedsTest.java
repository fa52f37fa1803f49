package org.gide.resources.feeds;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;

import com.apptasticsoftware.rssreader.Item;
import com.apptasticsoftware.rssreader.RssReader;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import org.gide.directory.Sector;
import org.gide.resources.ResourceType;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.support.IntegrationTest;
import org.gide.support.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The RSS 2.0 and Atom 1.0 feeds, read by two independent feed libraries (Rome with its healer off, and
 * rssreader): per type and per filter, with absolute canonical links, never a draft, an unpublished or an expired
 * item, and answered 304 when the reader already has the latest version.
 */
class FeedsTest extends IntegrationTest {

	@Autowired
	private ResourceItems items;

	@Value("${gide.public-url}")
	private String publicUrl;

	private final String tag = "suivi-" + Long.toString(System.nanoTime(), 36);

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private ResourceItem method;

	private ResourceItem news;

	private ResourceItem call;

	private ResourceItem draft;

	private ResourceItem unpublished;

	private ResourceItem expired;

	@BeforeEach
	void items() {
		ResourceFixtures fixtures = new ResourceFixtures(items);
		method = fixtures.published(ResourceType.METHOD, "Méthode du potager partagé", tag, now.minus(3, ChronoUnit.DAYS),
				i -> i.setSectors(Set.of(Sector.AGRICULTURE)));
		news = fixtures.published(ResourceType.NEWS, "Actualité & coopération", tag, now.minus(1, ChronoUnit.DAYS));
		call = fixtures.published(ResourceType.FUNDING_CALL, "Appel ouvert", tag, now.minus(2, ChronoUnit.DAYS));
		draft = fixtures.draft(ResourceType.METHOD, "Brouillon de méthode", tag, now);
		unpublished = fixtures.unpublished(ResourceType.ARTICLE, "Article retiré", tag, now.minus(1, ChronoUnit.HOURS));
		expired = fixtures.published(ResourceType.OFFER, "Offre échue", tag, now.minus(5, ChronoUnit.DAYS),
				i -> i.setExpiresAt(now.minus(1, ChronoUnit.DAYS)));
	}

	@Test
	void theAtomFeedOfAFilterHoldsItsPublishedUnexpiredItemsNewestFirstWithAbsoluteLinks() throws Exception {
		HttpResponse<String> response = web().get("/flux/ressources.atom?etiquette=" + tag, "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml")
			.containsIgnoringCase("charset=UTF-8");
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300")
			.contains("public");
		assertThat(response.headers().firstValue("ETag")).isPresent();
		assertThat(response.headers().firstValue("Last-Modified")).isPresent();

		SyndFeed feed = rome(response.body());
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.containsExactly(news.getTitle(), call.getTitle(), method.getTitle());
		SyndEntry first = feed.getEntries().get(0);
		assertThat(first.getUri()).isEqualTo(publicUrl + news.path());
		assertThat(first.getLink()).isEqualTo(publicUrl + news.path());
		assertThat(first.getUpdatedDate()).isEqualTo(Date.from(news.getLastPublishedAt()));
		assertThat(first.getDescription().getValue()).isEqualTo(news.getSummary());
		assertThat(first.getDescription().getType()).isEqualTo("text");
		assertThat(first.getContents()).singleElement().satisfies(content -> {
			assertThat(content.getType()).isEqualTo("html");
			assertThat(content.getValue()).contains("<strong>Actualité &amp; coopération</strong>");
		});
		assertThat(feed.getEntries()).allSatisfy(e -> assertThat(e.getLink()).startsWith(publicUrl + "/ressources/"));

		List<Item> read = rssReader(response.body());
		assertThat(read).extracting(i -> i.getTitle().orElseThrow())
			.containsExactly(news.getTitle(), call.getTitle(), method.getTitle());
		assertThat(read).extracting(i -> i.getLink().orElseThrow())
			.containsExactly(publicUrl + news.path(), publicUrl + call.path(), publicUrl + method.path());
	}

	@Test
	void theRssFeedOfATypeHoldsOnlyThatType() throws Exception {
		HttpResponse<String> response = web().get("/flux/ressources/methodes-et-outils.rss?etiquette=" + tag, "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/rss+xml");

		SyndFeed feed = rome(response.body());
		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(feed.getLink()).isEqualTo(publicUrl + "/ressources/methodes-et-outils?etiquette=" + tag);
		assertThat(feed.getEntries()).singleElement().satisfies(entry -> {
			assertThat(entry.getTitle()).isEqualTo(method.getTitle());
			assertThat(entry.getLink()).isEqualTo(publicUrl + method.path());
			assertThat(entry.getUri()).isEqualTo(publicUrl + method.path());
			assertThat(entry.getPublishedDate()).isEqualTo(Date.from(method.getLastPublishedAt()));
			assertThat(entry.getDescription().getValue()).isEqualTo(method.getSummary());
			assertThat(entry.getContents()).singleElement()
				.satisfies(c -> assertThat(c.getValue()).contains("<strong>Méthode du potager partagé</strong>"));
		});

		List<Item> read = rssReader(response.body());
		assertThat(read).singleElement().satisfies(item -> {
			assertThat(item.getTitle()).contains(method.getTitle());
			assertThat(item.getGuid()).contains(publicUrl + method.path());
			assertThat(item.getPubDateZonedDateTime()).isPresent();
		});
	}

	@Test
	void filtersNarrowTheFeedAndUnknownValuesAreIgnored() throws Exception {
		assertThat(titles("/flux/ressources.rss?etiquette=" + tag + "&secteur=agriculture"))
			.containsExactly(method.getTitle());
		assertThat(titles("/flux/ressources.atom?etiquette=" + tag + "&secteur=pas-un-secteur&couleur=bleu"))
			.containsExactly(news.getTitle(), call.getTitle(), method.getTitle());
		assertThat(titles("/flux/ressources/offres.atom?etiquette=" + tag)).isEmpty();
		assertThat(titles("/flux/ressources/articles.rss?etiquette=" + tag)).isEmpty();
		assertThat(web().get("/flux/ressources/pas-un-type.rss", "*/*").statusCode()).isEqualTo(404);
	}

	@Test
	void draftsUnpublishedAndExpiredItemsAreNeverInAFeed() throws Exception {
		for (String path : List.of("/flux/ressources.rss", "/flux/ressources.atom",
				"/flux/ressources.atom?etiquette=" + tag, "/flux/ressources/methodes-et-outils.atom",
				"/flux/ressources/offres.rss", "/flux/ressources/articles.atom")) {
			String body = web().get(path, "*/*").body();
			assertThat(body).as(path)
				.doesNotContain(draft.getTitle())
				.doesNotContain(unpublished.getTitle())
				.doesNotContain(expired.getTitle())
				.doesNotContain(draft.path())
				.doesNotContain(expired.path());
		}
	}

	@Test
	void aReaderWithTheLatestVersionIsAnswered304() {
		String path = "/flux/ressources.atom?etiquette=" + tag;
		WebClient web = web();
		HttpResponse<String> first = web.get(path, "*/*");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = web.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("If-None-Match", etag)
			.GET()
			.build());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		HttpResponse<String> since = web.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("If-Modified-Since", first.headers().firstValue("Last-Modified").orElseThrow())
			.GET()
			.build());
		assertThat(since.statusCode()).isEqualTo(304);

		new ResourceFixtures(items).published(ResourceType.NEWS, "Nouvelle actualité", tag, now);
		HttpResponse<String> changed = web.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("If-None-Match", etag)
			.GET()
			.build());
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("Nouvelle actualité");
		assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
	}

	private List<String> titles(String path) throws Exception {
		HttpResponse<String> response = web().get(path, "*/*");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return rome(response.body()).getEntries().stream().map(SyndEntry::getTitle).toList();
	}

	/** Rome, strict: no healing of malformed XML, no DOCTYPE. */
	private static SyndFeed rome(String xml) throws Exception {
		SyndFeedInput input = new SyndFeedInput(false, java.util.Locale.ROOT);
		input.setXmlHealerOn(false);
		input.setAllowDoctypes(false);
		return input.build(new InputSource(new StringReader(xml)));
	}

	private static List<Item> rssReader(String xml) {
		return new RssReader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).toList();
	}

}
