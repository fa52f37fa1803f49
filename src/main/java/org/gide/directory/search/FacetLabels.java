package org.gide.directory.search;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.gide.directory.search.DirectorySearch.Facet;
import org.gide.territory.Commune;
import org.gide.territory.Communes;
import org.gide.territory.Epci;
import org.gide.territory.Territories;
import org.gide.territory.TerritorySummary;

/**
 * What a facet value is called on screen and in exports: enum values through the message bundles, EPCI and
 * territories by their name (read from the territory module at most once a minute), communes by their name.
 */
@Component
public class FacetLabels {

	private static final long TTL_NANOS = 60_000_000_000L;

	private final MessageSource messages;

	private final Communes communes;

	private final Territories territories;

	private volatile Names names;

	/** Communes by code for the distance filter, forgotten with the names (a search must not cost a SQL query). */
	private final Map<String, java.util.Optional<Commune>> communeCache = new java.util.concurrent.ConcurrentHashMap<>();

	FacetLabels(MessageSource messages, Communes communes, Territories territories) {
		this.messages = messages;
		this.communes = communes;
		this.territories = territories;
	}

	private record Names(Map<String, String> epcis, Map<String, String> territories, Map<String, String> communes,
			long at) {
	}

	private Names names() {
		Names current = names;
		if (current == null || System.nanoTime() - current.at() > TTL_NANOS) {
			current = new Names(
					territories.epcis().stream().collect(Collectors.toMap(Epci::code, Epci::nom, (a, b) -> a)),
					territories.list()
						.stream()
						.collect(Collectors.toMap(TerritorySummary::slug, TerritorySummary::nom, (a, b) -> a)),
					new java.util.concurrent.ConcurrentHashMap<>(
							communes.all().stream().collect(Collectors.toMap(Commune::code, Commune::nom, (a, b) -> a))),
					System.nanoTime());
			communeCache.clear();
			names = current;
		}
		return current;
	}

	/** A commune of the territory module, remembered for a minute. */
	public java.util.Optional<Commune> commune(String code) {
		names();
		if (communeCache.size() > 100_000) {
			communeCache.clear();
		}
		return communeCache.computeIfAbsent(code, communes::find);
	}

	/** The name of a facet's value in this language; the value itself when nothing better is known. */
	public String label(Facet facet, String value, Locale locale) {
		if (value == null) {
			return null;
		}
		String upper = value.toUpperCase(Locale.ROOT);
		return switch (facet) {
			case FAMILY -> message("directory.family." + upper, value, locale);
			case SECTOR -> message("directory.sector." + upper, value, locale);
			case INCLUSION -> message("directory.inclusion." + upper, value, locale);
			case MARKET -> message("search.market." + value, value, locale);
			case RESOURCE -> message("search.facet.resource." + value, value, locale);
			case EPCI -> names().epcis().getOrDefault(value, value);
			case TERRITORY -> names().territories().getOrDefault(value, value);
			case COMMUNE -> names().communes()
				.computeIfAbsent(value, code -> communes.find(code).map(Commune::nom).orElse(code));
		};
	}

	/** A labeller for one language, handy in templates and exports. */
	public Function<String, String> of(Facet facet, Locale locale) {
		return value -> label(facet, value, locale);
	}

	private String message(String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}

}
