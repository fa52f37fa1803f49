package org.gide.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gide.territory.Commune;

/**
 * A search of the directory, as its URL holds it, shared by the search page, the map, the exports and the API so
 * that one query string means the same everywhere. Parameters (repeatable ones may appear several times):
 *
 * <pre>
 * q           free text
 * famille     EssFamily, lower case (association, cooperative, mutuelle, fondation, ess_company)
 * secteur     Sector, lower case (action_sociale…)
 * epci        EPCI SIREN code
 * territoire  territory slug
 * commune     INSEE commune code
 * structure   InclusionType, lower case (aci, ei, etti, ai, eiti, ea, eatt, esat, geiq)
 * marche      ReservedMarket, lower case (l2113_12, l2113_13, l2113_15)
 * ressource   "oui": resource actors (têtes de réseau) only
 * pres        a commune code, or "lat,lon" in WGS84 degrees: the centre of the distance filter
 * rayon       radius in km around pres (default 20, 1 to 200)
 * tri         pertinence (default), distance (needs pres), nom
 * page        1-based page number
 * </pre>
 *
 * Blank values are ignored (a form without JavaScript sends every field). A value that means nothing is not a
 * failure of the page: it is left out of the query and reported in {@link #problems()} as a message key with its
 * argument, for the page to say which part was ignored.
 */
public record DirectoryQuery(String text, Set<EssFamily> families, Set<Sector> sectors, Set<String> epcis,
		Set<String> territories, Set<String> communes, Set<InclusionType> inclusionTypes,
		Set<ReservedMarket> reservedMarkets, boolean resourceActorsOnly, Near near, Sort sort, int page,
		List<Problem> problems) {

	public static final double DEFAULT_RADIUS_KM = 20;

	public static final double MAX_RADIUS_KM = 200;

	private static final Pattern LAT_LON = Pattern.compile("\\s*(-?\\d{1,2}(?:\\.\\d+)?)\\s*,\\s*(-?\\d{1,3}(?:\\.\\d+)?)\\s*");

	private static final Pattern INSEE = Pattern.compile("\\d[\\dAB]\\d{3}");

	private static final Pattern EPCI = Pattern.compile("\\d{9}");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");

	public DirectoryQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		families = copy(families, EssFamily.class);
		sectors = copy(sectors, Sector.class);
		epcis = Set.copyOf(new LinkedHashSet<>(epcis));
		territories = Set.copyOf(new LinkedHashSet<>(territories));
		communes = Set.copyOf(new LinkedHashSet<>(communes));
		inclusionTypes = copy(inclusionTypes, InclusionType.class);
		reservedMarkets = copy(reservedMarkets, ReservedMarket.class);
		if (sort == null || (sort == Sort.DISTANCE && near == null)) {
			sort = Sort.RELEVANCE;
		}
		page = Math.max(1, page);
		problems = List.copyOf(problems);
	}

	/** Everything, first page, by relevance. */
	public static DirectoryQuery everything() {
		return new DirectoryQuery(null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false,
				null, Sort.RELEVANCE, 1, List.of());
	}

	/**
	 * Reads a query from request parameters; {@code communes} resolves a commune code of {@code pres} to its centre
	 * (the territory module's {@code Communes::find}).
	 */
	public static DirectoryQuery parse(Map<String, ? extends Collection<String>> parameters,
			Function<String, Optional<Commune>> communes) {
		List<Problem> problems = new ArrayList<>();
		String text = first(parameters, "q");
		if (text != null && text.length() > 200) {
			text = text.substring(0, 200);
		}
		Set<EssFamily> families = enums(parameters, "famille", EssFamily.class, problems);
		families.remove(EssFamily.NOT_ESS);
		Set<Sector> sectors = enums(parameters, "secteur", Sector.class, problems);
		Set<String> epcis = codes(parameters, "epci", EPCI, problems);
		Set<String> territories = codes(parameters, "territoire", SLUG, problems);
		Set<String> communeCodes = codes(parameters, "commune", INSEE, problems);
		Set<InclusionType> inclusion = enums(parameters, "structure", InclusionType.class, problems);
		Set<ReservedMarket> markets = enums(parameters, "marche", ReservedMarket.class, problems);
		boolean resource = "oui".equalsIgnoreCase(first(parameters, "ressource"))
				|| "true".equalsIgnoreCase(first(parameters, "ressource"));
		Near near = near(first(parameters, "pres"), first(parameters, "rayon"), communes, problems);
		Sort sort = Sort.fromParameter(first(parameters, "tri")).orElse(Sort.RELEVANCE);
		int page = 1;
		String rawPage = first(parameters, "page");
		if (rawPage != null) {
			try {
				page = Integer.parseInt(rawPage.strip());
			}
			catch (NumberFormatException e) {
				problems.add(new Problem("page", "directory.query.invalid.page", rawPage));
			}
		}
		return new DirectoryQuery(text, families, sectors, epcis, territories, communeCodes, inclusion, markets,
				resource, near, sort, page, problems);
	}

	/** Same query on another page. */
	public DirectoryQuery withPage(int page) {
		return new DirectoryQuery(text, families, sectors, epcis, territories, communes, inclusionTypes,
				reservedMarkets, resourceActorsOnly, near, sort, page, problems);
	}

	/** Same query, another sort. */
	public DirectoryQuery withSort(Sort sort) {
		return new DirectoryQuery(text, families, sectors, epcis, territories, communes, inclusionTypes,
				reservedMarkets, resourceActorsOnly, near, sort, 1, problems);
	}

	/** True when no criterion narrows the directory (the text, facets and distance are all absent). */
	public boolean isEmpty() {
		return text == null && families.isEmpty() && sectors.isEmpty() && epcis.isEmpty() && territories.isEmpty()
				&& communes.isEmpty() && inclusionTypes.isEmpty() && reservedMarkets.isEmpty() && !resourceActorsOnly
				&& near == null;
	}

	/**
	 * The query string that gives this query back, without the leading '?', parameters in a stable order (so equal
	 * queries give equal URLs, which caches can use). {@code withPage} false leaves the page out (for links that
	 * start a new search from this one).
	 */
	public String toQueryString(boolean withPage) {
		StringJoiner out = new StringJoiner("&");
		add(out, "q", text);
		families.stream().sorted().forEach(f -> add(out, "famille", lower(f)));
		sectors.stream().sorted().forEach(s -> add(out, "secteur", lower(s)));
		epcis.stream().sorted().forEach(e -> add(out, "epci", e));
		territories.stream().sorted().forEach(t -> add(out, "territoire", t));
		communes.stream().sorted().forEach(c -> add(out, "commune", c));
		inclusionTypes.stream().sorted().forEach(i -> add(out, "structure", lower(i)));
		reservedMarkets.stream().sorted().forEach(m -> add(out, "marche", lower(m)));
		if (resourceActorsOnly) {
			add(out, "ressource", "oui");
		}
		if (near != null) {
			add(out, "pres", near.parameter());
			add(out, "rayon", formatRadius(near.radiusKm()));
		}
		if (sort != Sort.RELEVANCE) {
			add(out, "tri", sort.parameter());
		}
		if (withPage && page > 1) {
			add(out, "page", Integer.toString(page));
		}
		return out.toString();
	}

	/** The centre and radius of a distance filter; {@code communeCode} is null when given as coordinates. */
	public record Near(String communeCode, String communeName, double latitude, double longitude, double radiusKm) {

		String parameter() {
			return communeCode != null ? communeCode
					: String.format(Locale.ROOT, "%.5f,%.5f", latitude, longitude);
		}

		/** Great-circle distance in km from the centre (haversine, mean Earth radius). */
		public double distanceKm(double lat, double lon) {
			double dLat = Math.toRadians(lat - latitude);
			double dLon = Math.toRadians(lon - longitude);
			double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
					* Math.cos(Math.toRadians(lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
			return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
		}

	}

	/** A part of the URL that was ignored: the parameter, a message key and the value as given. */
	public record Problem(String parameter, String code, String value) {
	}

	public enum Sort {

		RELEVANCE("pertinence"), DISTANCE("distance"), NAME("nom");

		private final String parameter;

		Sort(String parameter) {
			this.parameter = parameter;
		}

		public String parameter() {
			return parameter;
		}

		public static Optional<Sort> fromParameter(String value) {
			for (Sort sort : values()) {
				if (sort.parameter.equalsIgnoreCase(value == null ? "" : value.strip())) {
					return Optional.of(sort);
				}
			}
			return Optional.empty();
		}

	}

	private static Near near(String raw, String rawRadius, Function<String, Optional<Commune>> communes,
			List<Problem> problems) {
		if (raw == null) {
			return null;
		}
		double radius = DEFAULT_RADIUS_KM;
		if (rawRadius != null) {
			try {
				radius = Double.parseDouble(rawRadius.strip().replace(',', '.'));
				if (!(radius >= 1 && radius <= MAX_RADIUS_KM)) {
					problems.add(new Problem("rayon", "directory.query.invalid.radius", rawRadius));
					radius = Math.min(MAX_RADIUS_KM, Math.max(1, Double.isNaN(radius) ? DEFAULT_RADIUS_KM : radius));
				}
			}
			catch (NumberFormatException e) {
				problems.add(new Problem("rayon", "directory.query.invalid.radius", rawRadius));
			}
		}
		Matcher latLon = LAT_LON.matcher(raw);
		if (latLon.matches()) {
			double lat = Double.parseDouble(latLon.group(1));
			double lon = Double.parseDouble(latLon.group(2));
			if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
				return new Near(null, null, lat, lon, radius);
			}
		}
		else if (INSEE.matcher(raw.strip()).matches()) {
			Optional<Commune> commune = communes.apply(raw.strip());
			if (commune.isPresent() && commune.get().centreLat() != null) {
				Commune c = commune.get();
				return new Near(c.code(), c.nom(), c.centreLat(), c.centreLon(), radius);
			}
		}
		problems.add(new Problem("pres", "directory.query.invalid.near", raw));
		return null;
	}

	private static String first(Map<String, ? extends Collection<String>> parameters, String name) {
		Collection<String> values = parameters.get(name);
		if (values == null) {
			return null;
		}
		return values.stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
	}

	private static Collection<String> all(Map<String, ? extends Collection<String>> parameters, String name) {
		Collection<String> values = parameters.get(name);
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
	}

	private static <E extends Enum<E>> Set<E> enums(Map<String, ? extends Collection<String>> parameters, String name,
			Class<E> type, List<Problem> problems) {
		Set<E> values = EnumSet.noneOf(type);
		for (String raw : all(parameters, name)) {
			try {
				values.add(Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
			}
			catch (IllegalArgumentException e) {
				problems.add(new Problem(name, "directory.query.invalid." + name, raw));
			}
		}
		return values;
	}

	private static Set<String> codes(Map<String, ? extends Collection<String>> parameters, String name,
			Pattern pattern, List<Problem> problems) {
		Set<String> values = new LinkedHashSet<>();
		for (String raw : all(parameters, name)) {
			String value = raw.strip();
			if (pattern.matcher(value).matches()) {
				values.add(value);
			}
			else {
				problems.add(new Problem(name, "directory.query.invalid." + name, raw));
			}
		}
		return values;
	}

	private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
		return values.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(values));
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	private static String formatRadius(double km) {
		return km == Math.rint(km) ? Long.toString((long) km) : String.format(Locale.ROOT, "%.1f", km);
	}

	private static void add(StringJoiner out, String name, String value) {
		if (value != null) {
			out.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

}
