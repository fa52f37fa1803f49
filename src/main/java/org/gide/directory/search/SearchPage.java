package org.gide.directory.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;

import org.gide.directory.DirectoryQuery;
import org.gide.directory.search.DirectorySearch.Facet;
import org.gide.directory.search.DirectorySearch.FacetValue;
import org.gide.directory.search.DirectorySearch.Hit;
import org.gide.directory.search.DirectorySearch.Result;

/** What the search page shows, prepared for the template: labels resolved, links built from the query. */
record SearchPage(DirectoryQuery query, Result result, List<FacetView> facets, List<Chip> chips,
		List<HitView> hits, List<String> problems, String previousUrl, String nextUrl, String exportQuery) {

	/** A fieldset of checkboxes. */
	record FacetView(String parameter, String legend, List<Option> options) {
	}

	/** One checkbox: its id (stable, so that htmx gives the focus back after a swap), value, label and count. */
	record Option(String id, String value, String label, long count, boolean selected) {
	}

	/** An active filter, with the link that removes it. */
	record Chip(String label, String removeUrl) {
	}

	/** A result line. */
	record HitView(long id, String name, String acronym, String family, String sector, String commune,
			String inclusion, boolean resourceActor, String distance) {
	}

	static Map<String, List<String>> parameters(HttpServletRequest request) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
		return parameters;
	}

	static DirectoryQuery parse(HttpServletRequest request, FacetLabels labels) {
		return DirectoryQuery.parse(parameters(request), labels::commune);
	}

	static SearchPage of(Result result, FacetLabels labels, MessageSource messages, Locale locale) {
		DirectoryQuery query = result.query();
		List<FacetView> facets = new ArrayList<>();
		for (Map.Entry<Facet, List<FacetValue>> entry : result.facets().entrySet()) {
			Facet facet = entry.getKey();
			List<Option> options = new ArrayList<>();
			for (FacetValue value : entry.getValue()) {
				if (facet == Facet.RESOURCE && !IndexFields.YES.equals(value.value())) {
					continue;
				}
				options.add(new Option("f-" + facet.parameter() + "-" + value.value(), value.value(),
						labels.label(facet, value.value(), locale), value.count(), value.selected()));
			}
			if (!options.isEmpty()) {
				facets.add(new FacetView(facet.parameter(),
						messages.getMessage("search.facet." + facet.parameter(), null, locale), options));
			}
		}
		List<Chip> chips = new ArrayList<>();
		String base = "/annuaire";
		if (query.text() != null) {
			chips.add(new Chip(messages.getMessage("search.chip.text", new Object[] { query.text() }, locale),
					url(base, without(query, "q", null))));
		}
		for (Facet facet : Facet.values()) {
			for (String value : facet.selected(query)) {
				chips.add(new Chip(
						messages.getMessage("search.chip.facet",
								new Object[] { messages.getMessage("search.facet." + facet.parameter(), null, locale),
										labels.label(facet, value, locale) },
								locale),
						url(base, without(query, facet.parameter(), value))));
			}
		}
		if (query.near() != null) {
			String centre = query.near().communeName() != null ? query.near().communeName()
					: String.format(Locale.ROOT, "%.4f, %.4f", query.near().latitude(), query.near().longitude());
			chips.add(new Chip(messages.getMessage("search.chip.near",
					new Object[] { formatKm(query.near().radiusKm(), locale), centre }, locale),
					url(base, without(query, "pres", null))));
		}
		List<HitView> hits = result.hits()
			.stream()
			.map(hit -> view(hit, labels, messages, locale))
			.toList();
		List<String> problems = query.problems()
			.stream()
			.map(problem -> messages.getMessage(problem.code(), new Object[] { problem.value() }, problem.code(),
					locale))
			.toList();
		String previous = result.hasPrevious() ? url(base, query.withPage(result.page() - 1).toQueryString(true))
				: null;
		String next = result.hasNext() ? url(base, query.withPage(result.page() + 1).toQueryString(true)) : null;
		return new SearchPage(query, result, facets, chips, hits, problems, previous, next, query.toQueryString(false));
	}

	private static HitView view(Hit hit, FacetLabels labels, MessageSource messages, Locale locale) {
		return new HitView(hit.id(), hit.name(), hit.acronym(), labels.label(Facet.FAMILY, hit.family(), locale),
				labels.label(Facet.SECTOR, hit.sector(), locale), hit.communeName(),
				labels.label(Facet.INCLUSION, hit.inclusion(), locale), hit.resourceActor(),
				hit.distanceKm() == null ? null
						: messages.getMessage("search.result.distance",
								new Object[] { formatKm(hit.distanceKm(), locale) }, locale));
	}

	static String formatKm(double km, Locale locale) {
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(km < 10 ? 1 : 0);
		return format.format(km);
	}

	private static String url(String base, String queryString) {
		return queryString.isEmpty() ? base : base + "?" + queryString;
	}

	/**
	 * The query string without one parameter value (all values of the parameter when {@code value} is null); the
	 * radius goes with the centre.
	 */
	static String without(DirectoryQuery query, String parameter, String value) {
		List<String> kept = new ArrayList<>();
		for (String pair : query.toQueryString(false).split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals);
			String raw = java.net.URLDecoder.decode(pair.substring(equals + 1), java.nio.charset.StandardCharsets.UTF_8);
			boolean drop = name.equals(parameter) && (value == null || value.equalsIgnoreCase(raw))
					|| ("pres".equals(parameter) && "rayon".equals(name))
					|| ("pres".equals(parameter) && "tri".equals(name) && "distance".equals(raw));
			if (!drop) {
				kept.add(pair);
			}
		}
		return String.join("&", kept);
	}


}
