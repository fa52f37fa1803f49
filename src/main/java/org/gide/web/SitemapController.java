package org.gide.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml} (sitemaps.org 0.9): the static public pages of this module and every
 * {@link SitemapContribution}, with absolute URLs from {@code gide.public-url}. Above {@code gide.sitemap.max-urls}
 * (50 000, the protocol's limit) it becomes a sitemap index of {@code /sitemap.xml?page=1…n}, each page holding at
 * most that many URLs.
 */
@RestController
class SitemapController {

	static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/** The public pages of this module (the legal ones every public site carries). */
	private static final List<String> STATIC_PAGES = List.of("/", "/mentions-legales", "/accessibilite",
			"/donnees-personnelles", "/plan-du-site");

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final List<SitemapContribution> contributions;

	private final String publicUrl;

	private volatile int maxUrls;

	SitemapController(List<SitemapContribution> contributions, @Value("${gide.public-url}") String publicUrl,
			@Value("${gide.sitemap.max-urls:50000}") int maxUrls) {
		this.contributions = contributions;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.maxUrls = maxUrls;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap(@RequestParam(name = "page", required = false) String page) {
		List<SitemapEntry> entries = entries();
		int pages = Math.max(1, (entries.size() + maxUrls - 1) / maxUrls);
		String body;
		if (page == null) {
			body = pages == 1 ? urlSet(entries) : index(entries, pages);
		}
		else {
			int number;
			try {
				number = Integer.parseInt(page);
			}
			catch (NumberFormatException ex) {
				return ResponseEntity.notFound().build();
			}
			if (number < 1 || number > pages) {
				return ResponseEntity.notFound().build();
			}
			int from = (number - 1) * maxUrls;
			body = urlSet(entries.subList(from, Math.min(entries.size(), from + maxUrls)));
		}
		return ResponseEntity.ok()
			.contentType(XML)
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
			.body(body);
	}

	/** The static pages first, then each contribution's in its order. */
	List<SitemapEntry> entries() {
		List<SitemapEntry> entries = new ArrayList<>();
		STATIC_PAGES.forEach(path -> entries.add(new SitemapEntry(path, null)));
		for (SitemapContribution contribution : contributions) {
			try (Stream<SitemapEntry> stream = contribution.entries()) {
				stream.forEach(entries::add);
			}
		}
		return entries;
	}

	/** For tests: the number of URLs above which an index is served. */
	void maxUrls(int maxUrls) {
		this.maxUrls = maxUrls;
	}

	int maxUrls() {
		return maxUrls;
	}

	private String urlSet(List<SitemapEntry> entries) {
		return write("urlset", xml -> {
			for (SitemapEntry entry : entries) {
				xml.writeStartElement("url");
				element(xml, "loc", publicUrl + entry.path());
				if (entry.lastModified() != null) {
					element(xml, "lastmod", w3c(entry.lastModified()));
				}
				xml.writeEndElement();
			}
		});
	}

	private String index(List<SitemapEntry> entries, int pages) {
		return write("sitemapindex", xml -> {
			for (int number = 1; number <= pages; number++) {
				int from = (number - 1) * maxUrls;
				Instant newest = entries.subList(from, Math.min(entries.size(), from + maxUrls))
					.stream()
					.map(SitemapEntry::lastModified)
					.filter(java.util.Objects::nonNull)
					.max(Instant::compareTo)
					.orElse(null);
				xml.writeStartElement("sitemap");
				element(xml, "loc", publicUrl + "/sitemap.xml?page=" + number);
				if (newest != null) {
					element(xml, "lastmod", w3c(newest));
				}
				xml.writeEndElement();
			}
		});
	}

	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

	private static String write(String root, Body body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement(root);
			xml.writeDefaultNamespace(NAMESPACE);
			body.write(xml);
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static String w3c(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
