package org.gide.resources.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.gide.resources.ResourceType;
import org.gide.resources.item.ResourcePaths;
import org.gide.resources.reading.ResourceHit;
import org.gide.resources.reading.ResourceQuery;
import org.gide.web.RichText;

/**
 * Writes the RSS 2.0 and Atom 1.0 documents of a list of published items with Rome (docs/resources.md § 7):
 * absolute links from {@code gide.public-url}, entry id = canonical URL, updated = {@code last_published_at},
 * summary as text, body as (already sanitized) HTML content.
 */
@Component
class ResourceFeeds {

	/** The formats, with their Rome feed type and media type. */
	enum Format {

		RSS("rss_2.0", "application/rss+xml;charset=UTF-8", "rss"), ATOM("atom_1.0",
				"application/atom+xml;charset=UTF-8", "atom");

		final String romeType;

		final String mediaType;

		final String extension;

		Format(String romeType, String mediaType, String extension) {
			this.romeType = romeType;
			this.mediaType = mediaType;
			this.extension = extension;
		}

	}

	/** A produced document and what its caching headers are made of. */
	record Document(String xml, String etag, Instant lastModified) {
	}

	private final MessageSource messages;

	private final String publicUrl;

	ResourceFeeds(MessageSource messages, @Value("${gide.public-url}") String publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * The feed of {@code hits} (newest first) for the listing of {@code type} (null: every type) filtered by
	 * {@code query}.
	 */
	Document write(Format format, ResourceType type, ResourceQuery query, List<ResourceHit> hits, Locale locale) {
		String filter = query.withTypes(java.util.Set.of()).toQueryString();
		String listing = publicUrl + (type == null ? "/ressources" : ResourcePaths.listing(type))
				+ (filter.isEmpty() ? "" : "?" + filter);
		String self = publicUrl + "/flux/ressources" + (type == null ? "" : "/" + type.slug()) + "." + format.extension
				+ (filter.isEmpty() ? "" : "?" + filter);
		String title = messages.getMessage("resources.following.feed.title",
				new Object[] { type == null ? messages.getMessage("resources.following.feed.all", null, locale)
						: messages.getMessage(type.labelKey(), null, locale) },
				locale);
		String description = messages.getMessage("resources.following.feed.description", null, locale);
		Instant newest = hits.stream().map(ResourceHit::lastPublished).max(Instant::compareTo).orElse(null);
		Date updated = Date.from(newest == null ? Instant.EPOCH : newest);
		WireFeed feed = format == Format.RSS ? rss(title, description, listing, self, updated, hits, locale)
				: atom(title, description, listing, self, updated, hits, locale);
		String xml;
		try {
			xml = new WireFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("feed not written: " + ex.getMessage(), ex);
		}
		return new Document(xml, etag(xml), newest);
	}

	private Channel rss(String title, String description, String listing, String self, Date updated,
			List<ResourceHit> hits, Locale locale) {
		Channel channel = new Channel(Format.RSS.romeType);
		channel.setTitle(title);
		channel.setLink(listing);
		channel.setDescription(description);
		channel.setLanguage(locale.getLanguage());
		channel.setLastBuildDate(updated);
		channel.setPubDate(updated);
		channel.setGenerator("Gide");
		channel.setTtl(5);
		List<Item> items = new ArrayList<>();
		for (ResourceHit hit : hits) {
			String url = publicUrl + hit.path();
			Item item = new Item();
			item.setTitle(hit.title());
			item.setLink(url);
			Guid guid = new Guid();
			guid.setValue(url);
			guid.setPermaLink(true);
			item.setGuid(guid);
			item.setPubDate(Date.from(hit.lastPublished()));
			Description summary = new Description();
			summary.setType("text/plain");
			summary.setValue(summary(hit));
			item.setDescription(summary);
			if (hit.body() != null && !hit.body().isBlank()) {
				com.rometools.rome.feed.rss.Content content = new com.rometools.rome.feed.rss.Content();
				content.setType(com.rometools.rome.feed.rss.Content.HTML);
				content.setValue(RichText.sanitize(hit.body()));
				item.setContent(content);
			}
			com.rometools.rome.feed.rss.Category category = new com.rometools.rome.feed.rss.Category();
			category.setValue(messages.getMessage(hit.type().labelKey(), null, locale));
			item.setCategories(List.of(category));
			items.add(item);
		}
		channel.setItems(items);
		return channel;
	}

	private Feed atom(String title, String description, String listing, String self, Date updated,
			List<ResourceHit> hits, Locale locale) {
		Feed feed = new Feed(Format.ATOM.romeType);
		feed.setId(self);
		feed.setTitle(title);
		Content subtitle = new Content();
		subtitle.setType(Content.TEXT);
		subtitle.setValue(description);
		feed.setSubtitle(subtitle);
		feed.setUpdated(updated);
		feed.setLanguage(locale.getLanguage());
		feed.setAlternateLinks(List.of(link("alternate", listing, "text/html")));
		feed.setOtherLinks(List.of(link("self", self, Format.ATOM.mediaType.replace(";charset=UTF-8", ""))));
		Person author = new Person();
		author.setName("Gide");
		author.setUri(publicUrl + "/");
		feed.setAuthors(List.<com.rometools.rome.feed.synd.SyndPerson>of(author));
		List<Entry> entries = new ArrayList<>();
		for (ResourceHit hit : hits) {
			String url = publicUrl + hit.path();
			Entry entry = new Entry();
			entry.setId(url);
			entry.setTitle(hit.title());
			entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
			entry.setUpdated(Date.from(hit.lastPublished()));
			if (hit.published() != null) {
				entry.setPublished(Date.from(hit.published()));
			}
			Content summary = new Content();
			summary.setType(Content.TEXT);
			summary.setValue(summary(hit));
			entry.setSummary(summary);
			if (hit.body() != null && !hit.body().isBlank()) {
				Content content = new Content();
				content.setType(Content.HTML);
				content.setValue(RichText.sanitize(hit.body()));
				entry.setContents(List.of(content));
			}
			List<com.rometools.rome.feed.synd.SyndPerson> authors = new ArrayList<>();
			for (String name : hit.organisationNames()) {
				if (name != null && !name.isBlank()) {
					Person organisation = new Person();
					organisation.setName(name);
					authors.add(organisation);
				}
			}
			entry.setAuthors(authors);
			com.rometools.rome.feed.atom.Category category = new com.rometools.rome.feed.atom.Category();
			category.setTerm(hit.type().slug());
			category.setLabel(messages.getMessage(hit.type().labelKey(), null, locale));
			entry.setCategories(List.of(category));
			entries.add(entry);
		}
		feed.setEntries(entries);
		return feed;
	}

	/** The item's summary, or the start of its body's text when it has none. */
	private static String summary(ResourceHit hit) {
		if (hit.summary() != null && !hit.summary().isBlank()) {
			return hit.summary().strip();
		}
		String text = RichText.plainText(hit.body());
		return text.length() <= 300 ? text : text.substring(0, 299).strip() + "…";
	}

	private static Link link(String rel, String href, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static String etag(String xml) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8));
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
