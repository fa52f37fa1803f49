package org.gide.web;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.gide.resources.ResourceType;
import org.gide.resources.feeds.ResourceFixtures;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourceItems;
import org.gide.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /sitemap.xml}: well-formed sitemaps.org XML with absolute URLs of public pages only (the static pages, the
 * resource listings and published, unexpired items), named by robots.txt, and split into a sitemap index when it
 * holds more URLs than the limit.
 */
class SitemapTest extends IntegrationTest {

	@Autowired
	private ResourceItems items;

	@Autowired
	private SitemapController sitemap;

	@Value("${gide.public-url}")
	private String publicUrl;

	@Test
	void theSitemapListsPublicPagesAndPublishedItemsOnly() throws Exception {
		String tag = "plan-" + Long.toString(System.nanoTime(), 36);
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		ResourceFixtures fixtures = new ResourceFixtures(items);
		ResourceItem published = fixtures.published(ResourceType.ARTICLE, "Article public", tag, now.minusSeconds(60));
		ResourceItem draft = fixtures.draft(ResourceType.ARTICLE, "Article brouillon", tag, now);
		ResourceItem unpublished = fixtures.unpublished(ResourceType.NEWS, "Actualite retiree", tag, now);
		ResourceItem expired = fixtures.published(ResourceType.OFFER, "Offre echue", tag, now.minusSeconds(120),
				i -> i.setExpiresAt(now.minusSeconds(30)));

		HttpResponse<String> response = web().get("/sitemap.xml", "*/*");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
		Document xml = parse(response.body());
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapController.NAMESPACE);
		List<String> locations = texts(xml, "loc");
		assertThat(locations).allSatisfy(loc -> assertThat(loc).startsWith(publicUrl + "/"));
		assertThat(locations).doesNotHaveDuplicates()
			.contains(publicUrl + "/", publicUrl + "/mentions-legales", publicUrl + "/ressources",
					publicUrl + "/ressources/articles", publicUrl + "/ressources/lettre", publicUrl + published.path())
			.doesNotContain(publicUrl + draft.path(), publicUrl + unpublished.path(), publicUrl + expired.path());
		assertThat(locations).noneMatch(loc -> loc.contains("/admin") || loc.contains("/compte")
				|| loc.contains("/connexion") || loc.contains("/contributions") || loc.contains("/comite"));
		Element entry = url(xml, publicUrl + published.path());
		assertThat(entry.getElementsByTagNameNS(SitemapController.NAMESPACE, "lastmod").item(0).getTextContent())
			.isEqualTo(published.getLastPublishedAt().toString());
	}

	@Test
	void robotsTxtNamesTheSitemap() {
		HttpResponse<String> robots = web().get("/robots.txt", "text/plain");
		assertThat(robots.body()).contains("Sitemap: " + publicUrl + "/sitemap.xml")
			.contains("Disallow: /admin/");
	}

	@Test
	void aSitemapAboveTheLimitBecomesAnIndexOfPagesHoldingEveryUrlOnce() throws Exception {
		List<String> all = texts(parse(web().get("/sitemap.xml", "*/*").body()), "loc");
		int previous = sitemap.maxUrls();
		sitemap.maxUrls(4);
		try {
			Document index = parse(web().get("/sitemap.xml", "*/*").body());
			assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
			List<String> pages = texts(index, "loc");
			int expected = (all.size() + 3) / 4;
			assertThat(pages).hasSize(expected);
			List<String> union = new ArrayList<>();
			for (int i = 0; i < pages.size(); i++) {
				assertThat(pages.get(i)).isEqualTo(publicUrl + "/sitemap.xml?page=" + (i + 1));
				HttpResponse<String> page = web().get("/sitemap.xml?page=" + (i + 1), "*/*");
				assertThat(page.statusCode()).isEqualTo(200);
				Document urls = parse(page.body());
				assertThat(urls.getDocumentElement().getLocalName()).isEqualTo("urlset");
				List<String> locations = texts(urls, "loc");
				assertThat(locations).hasSizeBetween(1, 4);
				union.addAll(locations);
			}
			assertThat(union).containsExactlyElementsOf(all);
			assertThat(web().get("/sitemap.xml?page=" + (expected + 1), "*/*").statusCode()).isEqualTo(404);
			assertThat(web().get("/sitemap.xml?page=0", "*/*").statusCode()).isEqualTo(404);
			assertThat(web().get("/sitemap.xml?page=abc", "*/*").statusCode()).isEqualTo(404);
		}
		finally {
			sitemap.maxUrls(previous);
		}
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<String> texts(Document xml, String name) {
		NodeList nodes = xml.getElementsByTagNameNS(SitemapController.NAMESPACE, name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	private static Element url(Document xml, String location) {
		NodeList urls = xml.getElementsByTagNameNS(SitemapController.NAMESPACE, "url");
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			if (url.getElementsByTagNameNS(SitemapController.NAMESPACE, "loc").item(0).getTextContent().equals(location)) {
				return url;
			}
		}
		throw new AssertionError("no <url> for " + location);
	}

}
