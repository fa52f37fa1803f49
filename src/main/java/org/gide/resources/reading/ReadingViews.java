package org.gide.resources.reading;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gide.directory.OrganisationNames;
import org.gide.directory.Sector;
import org.gide.resources.ResourceType;
import org.gide.resources.item.ResourceItem;
import org.gide.resources.item.ResourcePaths;
import org.gide.resources.reading.ResourceSearch.Facet;
import org.gide.resources.reading.ResourceSearch.FacetValue;
import org.gide.territory.Communes;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;
import org.gide.web.RichText;

/** What the reading pages show, prepared for the templates: labels resolved, links built from the query. */
@Component
class ReadingViews {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final MessageSource messages;

	private final OrganisationNames organisationNames;

	private final Territories territories;

	private final Communes communes;

	private final JdbcTemplate jdbc;

	ReadingViews(MessageSource messages, OrganisationNames organisationNames, Territories territories,
			Communes communes, JdbcTemplate jdbc) {
		this.messages = messages;
		this.organisationNames = organisationNames;
		this.territories = territories;
		this.communes = communes;
		this.jdbc = jdbc;
	}

	/** A search or listing page. {@code type} is null on the global search. */
	record ListingPage(ResourceType type, String heading, String intro, String laureatesNote, ResourceQuery query,
			ResourceSearch.Result result, List<FacetView> facets, List<Chip> chips, List<HitView> hits,
			String previousUrl, String nextUrl, String baseUrl, String canonicalUrl, String atomUrl, String rssUrl) {
	}

	/** A fieldset of checkboxes. */
	record FacetView(String parameter, String legend, List<Option> options) {
	}

	/** One checkbox. */
	record Option(String id, String value, String label, long count, boolean selected) {
	}

	/** An active filter, with the link that removes it. */
	record Chip(String label, String removeUrl) {
	}

	/** A result line. */
	record HitView(long id, String title, String path, String typeLabel, String published, String summary,
			String organisations, String expires) {
	}

	/** A link with its text. */
	record Link(String label, String href) {
	}

	/** A specific field of the item: plain text, sanitized HTML, or a link. */
	record Field(String label, String text, String html, String href) {
	}

	/** An attachment of the item (served by part A at {@code /ressources/pieces/{id}}). */
	record Attachment(long id, String title, String fileName, String contentType, long sizeBytes, String href,
			boolean image, String size) {
	}

	/** The item page. */
	record ItemPage(long id, String title, ResourceType type, String typeLabel, String listingPath, String summary,
			String body, List<Field> fields, List<Attachment> attachments, String licenceName, String licenceUrl,
			List<Link> organisations, List<Link> sectors, List<Link> territories, List<Link> tags, String published,
			String updated, boolean expired, String expiredMessage, String expires, boolean preview,
			String stateLabel, String workspacePath) {
	}

	ListingPage listing(ResourceType type, ResourceSearch.Result result, Locale locale) {
		ResourceQuery query = result.query();
		String base = type == null ? "/ressources" : ResourcePaths.listing(type);
		List<FacetView> facets = new ArrayList<>();
		for (Map.Entry<Facet, List<FacetValue>> entry : result.facets().entrySet()) {
			Facet facet = entry.getKey();
			if (type != null && facet == Facet.TYPE) {
				continue;
			}
			List<Option> options = new ArrayList<>();
			Set<String> ids = new java.util.HashSet<>();
			for (FacetValue value : entry.getValue()) {
				// Stable ids (htmx gives the focus back to the same id after a swap); a rare clash gets a suffix.
				String id = "f-" + facet.parameter() + "-"
						+ value.value().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
				while (!ids.add(id)) {
					id = id + "-" + ids.size();
				}
				options.add(new Option(id, value.value(), label(facet, value.value(), locale), value.count(),
						value.selected()));
			}
			if (!options.isEmpty()) {
				facets.add(new FacetView(facet.parameter(), message("reading.facet." + facet.parameter(), locale),
						options));
			}
		}
		List<Chip> chips = new ArrayList<>();
		if (query.q() != null) {
			chips.add(new Chip(message("reading.chip.text", locale, query.q()),
					url(base, filter(without(query, null, null), type, false))));
		}
		for (Facet facet : Facet.values()) {
			if (type != null && facet == Facet.TYPE) {
				continue;
			}
			for (String value : new java.util.TreeSet<>(facet.selected(query))) {
				chips.add(new Chip(
						message("reading.chip.facet", locale, message("reading.facet." + facet.parameter(), locale),
								label(facet, value, locale)),
						url(base, filter(without(query, facet, value), type, false))));
			}
		}
		List<HitView> hits = result.hits().stream().map(hit -> hit(hit, locale)).toList();
		String previous = result.hasPrevious() ? url(base, filter(query.withPage(result.page() - 1), type, true))
				: null;
		String next = result.hasNext() ? url(base, filter(query.withPage(result.page() + 1), type, true)) : null;
		String feedFilter = filter(query, type, false);
		String feedBase = type == null ? "/flux/ressources" : "/flux/ressources/" + type.slug();
		String heading = type == null ? message("reading.search.heading", locale) : message(type.labelKey(), locale);
		String intro = type == null ? message("reading.search.lead", locale)
				: message("reading.intro." + type.name(), locale);
		return new ListingPage(type, heading, intro,
				type == ResourceType.DELIVERABLE ? message("reading.intro.laureates", locale) : null, query, result,
				facets, chips, hits, previous, next, base, url(base, filter(query, type, true)),
				url(feedBase + ".atom", feedFilter), url(feedBase + ".rss", feedFilter));
	}

	/** The query string of a page's links: on a type's listing the type is in the path, not repeated. */
	private static String filter(ResourceQuery query, ResourceType type, boolean withPage) {
		ResourceQuery shown = type == null ? query
				: new ResourceQuery(query.q(), Set.of(), query.sectors(), query.territories(), query.tags(),
						query.organisations(), query.page());
		return shown.toQueryString(withPage);
	}

	/** The query without one facet value ({@code facet} null: without the text), first page. */
	static ResourceQuery without(ResourceQuery query, Facet facet, String value) {
		Set<ResourceType> types = new LinkedHashSet<>(query.types());
		Set<Sector> sectors = new LinkedHashSet<>(query.sectors());
		Set<String> territories = new LinkedHashSet<>(query.territories());
		Set<String> tags = new LinkedHashSet<>(query.tags());
		Set<Long> organisations = new LinkedHashSet<>(query.organisations());
		String text = query.q();
		if (facet == null) {
			text = null;
		}
		else {
			switch (facet) {
				case TYPE -> types.removeIf(t -> t.slug().equals(value));
				case SECTOR -> sectors.removeIf(s -> s.name().equalsIgnoreCase(value));
				case TERRITORY -> territories.remove(value);
				case TAG -> tags.remove(value);
				case ORGANISATION -> organisations.removeIf(o -> o.toString().equals(value));
			}
		}
		return new ResourceQuery(text, types, sectors, territories, tags, organisations, 1);
	}

	private HitView hit(ResourceHit hit, Locale locale) {
		String organisations = hit.organisationNames()
			.stream()
			.filter(n -> !n.isBlank())
			.collect(Collectors.joining(", "));
		return new HitView(hit.id(), hit.title(), hit.path(), message(hit.type().labelKey(), locale),
				date(hit.published(), locale), hit.summary(), organisations.isEmpty() ? null : organisations,
				hit.expires() == null ? null : date(hit.expires(), locale));
	}

	/** A facet value's label. */
	String label(Facet facet, String value, Locale locale) {
		return switch (facet) {
			case TYPE -> ResourceType.ofSlug(value).map(t -> message(t.labelKey(), locale)).orElse(value);
			case SECTOR -> {
				try {
					yield message(Sector.valueOf(value.toUpperCase(Locale.ROOT)).messageKey(), locale);
				}
				catch (IllegalArgumentException e) {
					yield value;
				}
			}
			case TERRITORY -> territories.findBySlug(value).map(TerritorySummary::nom).orElse(value);
			case TAG -> value;
			case ORGANISATION -> {
				try {
					yield organisationNames.name(Long.parseLong(value)).orElse(value);
				}
				catch (NumberFormatException e) {
					yield value;
				}
			}
		};
	}

	ItemPage item(ResourceItem item, boolean preview, Instant now, Locale locale) {
		ResourceType type = item.getType();
		String listing = ResourcePaths.listing(type);
		List<Link> organisations = item.getOrganisationIds()
			.stream()
			.map(id -> organisationNames.name(id).map(name -> new Link(name, "/annuaire/" + id)).orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList();
		List<Link> sectors = item.getSectors()
			.stream()
			.sorted(Comparator.comparing(Enum::name))
			.map(s -> new Link(message(s.messageKey(), locale),
					listing + "?secteur=" + s.name().toLowerCase(Locale.ROOT)))
			.toList();
		Map<Long, TerritorySummary> byId = territories.list()
			.stream()
			.collect(Collectors.toMap(TerritorySummary::id, Function.identity()));
		List<Link> territoryLinks = item.getTerritoryIds()
			.stream()
			.map(byId::get)
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparing(TerritorySummary::nom))
			.map(t -> new Link(t.nom(), listing + "?territoire=" + t.slug()))
			.toList();
		List<Link> tags = item.getTags()
			.stream()
			.sorted()
			.map(t -> new Link(t, listing + "?etiquette=" + java.net.URLEncoder.encode(t, java.nio.charset.StandardCharsets.UTF_8)))
			.toList();
		boolean expired = item.expiredAt(now);
		String expiredMessage = !expired ? null
				: message(type == ResourceType.FUNDING_CALL ? "reading.item.deadline.passed" : "reading.item.expired",
						locale);
		String updated = item.getLastPublishedAt() != null && item.getPublishedAt() != null
				&& !date(item.getLastPublishedAt(), locale).equals(date(item.getPublishedAt(), locale))
						? date(item.getLastPublishedAt(), locale) : null;
		return new ItemPage(item.getId(), item.getTitle(), type, message(type.labelKey(), locale), listing,
				item.getSummary(), RichText.sanitize(item.getBody() == null ? "" : item.getBody()),
				fields(item, locale), attachments(item.getId(), locale), message(item.getLicence().labelKey(), locale),
				message("reading.licence.url." + item.getLicence().name(), locale), organisations, sectors,
				territoryLinks, tags, item.getPublishedAt() == null ? null : date(item.getPublishedAt(), locale),
				updated, expired, expiredMessage, item.getExpiresAt() == null ? null : date(item.getExpiresAt(), locale),
				preview, message(item.getState().labelKey(), locale), "/ressources/contributions/" + item.getId());
	}

	/** The type's specific fields, in the order of docs/resources.md § 1, with their French (or English) labels. */
	private List<Field> fields(ResourceItem item, Locale locale) {
		List<Field> fields = new ArrayList<>();
		switch (item.getType()) {
			case NEWS -> {
				text(fields, "sourceName", item.getSourceName(), locale);
				link(fields, "source", item.getLinkUrl(), locale);
			}
			case ARTICLE -> {
				if (item.getArticleKind() != null) {
					text(fields, "articleKind", message("reading.articleKind." + item.getArticleKind().name(), locale),
							locale);
				}
				text(fields, "authorNames", item.getAuthorNames(), locale);
			}
			case METHOD -> {
				html(fields, "purpose", item.getPurpose(), locale);
				html(fields, "audience", item.getAudience(), locale);
				html(fields, "usage", item.getUsage(), locale);
				origin(fields, item, locale);
			}
			case COMMONS -> {
				html(fields, "commonsResource", item.getCommonsResource(), locale);
				html(fields, "commonsCommunity", item.getCommonsCommunity(), locale);
				html(fields, "commonsRules", item.getCommonsRules(), locale);
				html(fields, "commonsGovernance", item.getCommonsGovernance(), locale);
				origin(fields, item, locale);
			}
			case DELIVERABLE -> {
				link(fields, "deliverable", item.getLinkUrl(), locale);
				laureate(fields, item, locale);
			}
			case IMPACT_STUDY -> {
				text(fields, "experimentName", item.getExperimentName(), locale);
				laureate(fields, item, locale);
				html(fields, "evaluationMethod", item.getEvaluationMethod(), locale);
				html(fields, "results", item.getResults(), locale);
				html(fields, "learnings", item.getLearnings(), locale);
				html(fields, "pitfalls", item.getPitfalls(), locale);
			}
			case OFFER -> {
				if (item.getOfferKind() != null) {
					text(fields, "offerKind", message("reading.offerKind." + item.getOfferKind().name(), locale),
							locale);
				}
				text(fields, "contract", item.getContract(), locale);
				text(fields, "workingTime", item.getWorkingTime(), locale);
				if (item.getCommuneCode() != null) {
					text(fields, "commune", communes.find(item.getCommuneCode())
						.map(c -> c.nom())
						.orElse(item.getCommuneCode()), locale);
				}
				text(fields, "expiresOffer", item.getExpiresAt() == null ? null : date(item.getExpiresAt(), locale),
						locale);
				link(fields, "apply", item.getLinkUrl(), locale);
				if (item.getContactEmail() != null && !item.getContactEmail().isBlank()) {
					fields.add(new Field(message("reading.field.contactEmail", locale), item.getContactEmail(), null,
							"mailto:" + item.getContactEmail()));
				}
			}
			case FUNDING_CALL -> {
				text(fields, "funder", item.getFunder(), locale);
				text(fields, "deadline", item.getExpiresAt() == null ? null : date(item.getExpiresAt(), locale),
						locale);
				text(fields, "amount", amount(item.getAmountMin(), item.getAmountMax(), locale), locale);
				html(fields, "eligibility", item.getEligibility(), locale);
				link(fields, "call", item.getLinkUrl(), locale);
			}
			case STUDENT_WORK -> {
				text(fields, "institution", item.getInstitution(), locale);
				text(fields, "degree", item.getDegree(), locale);
				text(fields, "academicYear", item.getAcademicYear(), locale);
				text(fields, "authorNames", item.getAuthorNames(), locale);
				text(fields, "supervisor", item.getSupervisor(), locale);
			}
		}
		return fields;
	}

	private void origin(List<Field> fields, ResourceItem item, Locale locale) {
		if (item.getOrigin() != null) {
			text(fields, "origin", message("reading.origin." + item.getOrigin().name(), locale), locale);
		}
	}

	private void laureate(List<Field> fields, ResourceItem item, Locale locale) {
		if (item.getDossierId() != null) {
			fields.add(new Field(message("reading.field.laureate", locale), message("reading.field.laureate.link",
					locale), null, "/laureats/" + item.getDossierId()));
		}
	}

	private void text(List<Field> fields, String key, String value, Locale locale) {
		if (value != null && !value.isBlank()) {
			fields.add(new Field(message("reading.field." + key, locale), value, null, null));
		}
	}

	private void html(List<Field> fields, String key, String value, Locale locale) {
		if (value != null && !value.isBlank()) {
			fields.add(new Field(message("reading.field." + key, locale), null, RichText.sanitize(value), null));
		}
	}

	private void link(List<Field> fields, String key, String url, Locale locale) {
		if (url != null && !url.isBlank()) {
			fields.add(new Field(message("reading.field." + key, locale), url, null, url));
		}
	}

	private String amount(BigDecimal min, BigDecimal max, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale == null ? Locale.FRANCE
				: Locale.forLanguageTag(locale.getLanguage() + "-FR"));
		if (min != null && max != null) {
			return message("reading.amount.range", locale, format.format(min), format.format(max));
		}
		if (min != null) {
			return message("reading.amount.min", locale, format.format(min));
		}
		if (max != null) {
			return message("reading.amount.max", locale, format.format(max));
		}
		return null;
	}

	private List<Attachment> attachments(long itemId, Locale locale) {
		return jdbc.query("select id, title, file_name, content_type, size_bytes from resource_attachment "
				+ "where item_id = ? order by position, id", (rs, n) -> {
					String contentType = rs.getString("content_type");
					long size = rs.getLong("size_bytes");
					return new Attachment(rs.getLong("id"), rs.getString("title"), rs.getString("file_name"),
							contentType, size, "/ressources/pieces/" + rs.getLong("id"),
							contentType.startsWith("image/"), size(size, locale));
				}, itemId);
	}

	private String size(long bytes, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		if (bytes < 1024 * 1024) {
			return message("reading.size.kb", locale, format.format(Math.max(1, bytes / 1024.0)));
		}
		return message("reading.size.mb", locale, format.format(bytes / (1024.0 * 1024.0)));
	}

	static String date(Instant instant, Locale locale) {
		return instant == null ? null
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(PARIS));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	private static String url(String base, String queryString) {
		return queryString.isEmpty() ? base : base + "?" + queryString;
	}

}
