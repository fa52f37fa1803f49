package org.gide.resources.reading;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.gide.directory.Sector;
import org.gide.resources.ResourceType;

/**
 * A search of the resource centre as its URL holds it, shared by the search page, the listings, the feeds (part D)
 * and the digest's stored filter, so that one query string means the same everywhere. Parameters (repeatable ones
 * may appear several times):
 *
 * <pre>
 * q             free text (at most 200 characters)
 * type          ResourceType slug (actualites, articles, methodes-et-outils…)
 * secteur       Sector, lower case (action_sociale…)
 * territoire    territory slug
 * etiquette     tag (lower case)
 * organisation  authoring organisation id
 * page          1-based page number
 * </pre>
 *
 * Unknown or malformed values are ignored (never an error). {@link #toQueryString()} is canonical: parameters in the
 * order above, values sorted, blank ones left out, no page; the same filter always gives the same string.
 */
public record ResourceQuery(String q, Set<ResourceType> types, Set<Sector> sectors, Set<String> territories,
		Set<String> tags, Set<Long> organisations, int page) {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");

	private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’_.-]{0,58}[\\p{L}\\p{N}]");

	private static final Pattern ID = Pattern.compile("\\d{1,18}");

	public ResourceQuery {
		q = q == null || q.isBlank() ? null : q.strip();
		if (q != null && q.length() > 200) {
			q = q.substring(0, 200);
		}
		types = sorted(types, Comparator.comparing(ResourceType::slug));
		sectors = sorted(sectors, Comparator.comparing(Enum::name));
		territories = sorted(territories, Comparator.naturalOrder());
		tags = sorted(tags, Comparator.naturalOrder());
		organisations = sorted(organisations, Comparator.naturalOrder());
		page = Math.max(1, page);
	}

	/** Everything, first page. */
	public static ResourceQuery everything() {
		return new ResourceQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), 1);
	}

	/** Reads request parameters ({@code request.getParameterMap()} or a {@code MultiValueMap}), ignoring the unknown. */
	public static ResourceQuery from(Map<String, ?> parameters) {
		List<String> text = values(parameters, "q");
		SortedSet<ResourceType> types = new TreeSet<>(Comparator.comparing(ResourceType::slug));
		for (String slug : values(parameters, "type")) {
			ResourceType.ofSlug(slug).ifPresent(types::add);
		}
		SortedSet<Sector> sectors = new TreeSet<>(Comparator.comparing(Enum::name));
		for (String value : values(parameters, "secteur")) {
			try {
				sectors.add(Sector.valueOf(value.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				// unknown sector: ignored
			}
		}
		TreeSet<String> territories = new TreeSet<>();
		for (String value : values(parameters, "territoire")) {
			if (SLUG.matcher(value).matches()) {
				territories.add(value);
			}
		}
		TreeSet<String> tags = new TreeSet<>();
		for (String value : values(parameters, "etiquette")) {
			String tag = value.toLowerCase(Locale.ROOT);
			if (TAG.matcher(tag).matches()) {
				tags.add(tag);
			}
		}
		TreeSet<Long> organisations = new TreeSet<>();
		for (String value : values(parameters, "organisation")) {
			if (ID.matcher(value).matches()) {
				organisations.add(Long.parseLong(value));
			}
		}
		int page = 1;
		List<String> pages = values(parameters, "page");
		if (!pages.isEmpty() && pages.get(0).matches("\\d{1,6}")) {
			page = Integer.parseInt(pages.get(0));
		}
		return new ResourceQuery(text.isEmpty() ? null : text.get(0), types, sectors, territories, tags,
				organisations, page);
	}

	/** Parses a string made by {@link #toQueryString()} (the digest's stored filter); unknown values ignored. */
	public static ResourceQuery parse(String queryString) {
		org.springframework.util.MultiValueMap<String, String> parameters = new org.springframework.util.LinkedMultiValueMap<>();
		if (queryString != null && !queryString.isBlank()) {
			for (String pair : queryString.replaceFirst("^\\?", "").split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int eq = pair.indexOf('=');
				String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				parameters.add(name, value);
			}
		}
		return from(parameters);
	}

	/** The canonical filter (no page): see the class comment. Empty when nothing is filtered. */
	public String toQueryString() {
		return toQueryString(false);
	}

	/** The canonical string, with {@code page} when asked and past the first. */
	public String toQueryString(boolean withPage) {
		StringJoiner joiner = new StringJoiner("&");
		if (q != null) {
			joiner.add("q=" + encode(q));
		}
		types.forEach(t -> joiner.add("type=" + t.slug()));
		sectors.forEach(s -> joiner.add("secteur=" + s.name().toLowerCase(Locale.ROOT)));
		territories.forEach(t -> joiner.add("territoire=" + encode(t)));
		tags.forEach(t -> joiner.add("etiquette=" + encode(t)));
		organisations.forEach(o -> joiner.add("organisation=" + o));
		if (withPage && page > 1) {
			joiner.add("page=" + page);
		}
		return joiner.toString();
	}

	/** Whether nothing is filtered (any page). */
	public boolean isEmpty() {
		return q == null && types.isEmpty() && sectors.isEmpty() && territories.isEmpty() && tags.isEmpty()
				&& organisations.isEmpty();
	}

	public ResourceQuery withPage(int page) {
		return new ResourceQuery(q, types, sectors, territories, tags, organisations, page);
	}

	public ResourceQuery withTypes(Set<ResourceType> types) {
		return new ResourceQuery(q, types, sectors, territories, tags, organisations, 1);
	}

	private static <T> Set<T> sorted(Collection<T> values, Comparator<? super T> order) {
		TreeSet<T> copy = new TreeSet<>(order);
		if (values != null) {
			values.stream().filter(java.util.Objects::nonNull).forEach(copy::add);
		}
		return java.util.Collections.unmodifiableSortedSet(copy);
	}

	private static List<String> values(Map<String, ?> parameters, String name) {
		Object raw = parameters.get(name);
		Collection<?> all = raw == null ? List.of()
				: raw instanceof String[] array ? List.of(array)
						: raw instanceof Collection<?> collection ? collection : List.of(raw);
		return all.stream()
			.filter(java.util.Objects::nonNull)
			.map(v -> v.toString().strip())
			.filter(v -> !v.isEmpty())
			.toList();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
