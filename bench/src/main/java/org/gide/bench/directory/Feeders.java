package org.gide.bench.directory;

import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.gide.bench.directory.Catalogue.Activity;
import org.gide.bench.directory.Communes.Commune;

/**
 * The Gatling feeders of a dataset, deterministic from the seed: search queries drawn from the dataset's own
 * vocabulary (a keyword of an activity, with its family and sector, a geographic facet and a distance filter),
 * map viewports at zooms 5 to 16, and organisation ids.
 */
final class Feeders {

	record Term(String keyword, String family, String sector) {
	}

	private Feeders() {
	}

	static List<Term> vocabulary(Mappings mappings) {
		List<Term> terms = new ArrayList<>();
		add(terms, Catalogue.ASSOCIATIONS, "association", mappings);
		add(terms, Catalogue.SCOP, "cooperative", mappings);
		add(terms, Catalogue.SCIC, "cooperative", mappings);
		add(terms, Catalogue.AGRICULTURAL, "cooperative", mappings);
		add(terms, Catalogue.BANKS, "cooperative", mappings);
		add(terms, Catalogue.MUTUELLES, "mutuelle", mappings);
		add(terms, Catalogue.FONDATIONS, "fondation", mappings);
		add(terms, Catalogue.ESS_COMPANIES, "ess_company", mappings);
		return terms;
	}

	private static void add(List<Term> terms, List<Activity> activities, String family, Mappings mappings) {
		for (Activity activity : activities) {
			// Weighted like the data: frequent activities are searched more often.
			int copies = Math.max(1, (int) Math.round(activity.weight()));
			for (int i = 0; i < copies; i++) {
				for (String keyword : activity.keywords()) {
					terms.add(new Term(keyword, family, mappings.sectorOf(activity.naf()).toLowerCase(Locale.ROOT)));
				}
			}
		}
	}

	/**
	 * Search queries: {@code q}, {@code famille}, {@code secteur}, one geographic facet ({@code territoire},
	 * {@code epci} or {@code commune}), {@code pres} (a commune code the platform knows, or "lat,lon") and
	 * {@code rayon=20}. One column, {@code query}, the URL query string (same for the API and the page).
	 */
	static void writeSearchQueries(Path file, long seed, List<Term> vocabulary, List<Commune> communes,
			OrganisationGenerator picker, int count, boolean national) throws IOException {
		SplittableRandom random = new SplittableRandom(seed + 101);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("query\n");
			for (int i = 0; i < count; i++) {
				Term term = vocabulary.get(random.nextInt(vocabulary.size()));
				String keyword = term.keyword();
				double variant = random.nextDouble();
				if (variant < 0.2) {
					keyword = OrganisationGenerator.fold(keyword); // typed without accents
				}
				else if (variant < 0.3 && !keyword.contains(" ") && !keyword.endsWith("s")) {
					keyword = keyword + "s"; // plural
				}
				Commune commune = picker.pickCommune();
				StringBuilder query = new StringBuilder();
				query.append("q=").append(encode(keyword));
				query.append("&famille=").append(term.family());
				query.append("&secteur=").append(term.sector());
				double facet = random.nextDouble();
				if (!national && commune.territory() != null && facet < 0.4) {
					query.append("&territoire=").append(encode(commune.territory()));
				}
				else if (commune.epci() != null && facet < 0.75) {
					query.append("&epci=").append(commune.epci());
				}
				else {
					query.append("&commune=").append(commune.code());
				}
				if (!national && commune.realCentre() && random.nextBoolean()) {
					query.append("&pres=").append(commune.code());
				}
				else {
					query.append("&pres=").append(encode(String.format(Locale.ROOT, "%.5f,%.5f", commune.lat(), commune.lon())));
				}
				query.append("&rayon=20");
				out.write(query.toString());
				out.write('\n');
			}
		}
	}

	/** Viewports of a 1280×800 map: {@code bbox} (w,s,e,n) and {@code zoom}, zooms 5 to 16 evenly. */
	static void writeViewports(Path file, long seed, OrganisationGenerator picker, int count, boolean national)
			throws IOException {
		SplittableRandom random = new SplittableRandom(seed + 202);
		// Metropolitan France, or the Gard: where wide views are centred.
		double[] area = national ? new double[] { -4.8, 42.3, 8.2, 51.1 } : new double[] { 3.26, 43.45, 4.85, 44.46 };
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("bbox,zoom\n");
			for (int i = 0; i < count; i++) {
				int zoom = 5 + i % 12;
				double lat, lon;
				if (zoom <= 8) {
					lon = area[0] + random.nextDouble() * (area[2] - area[0]);
					lat = area[1] + random.nextDouble() * (area[3] - area[1]);
				}
				else {
					// Closer views look where organisations are.
					Commune commune = picker.pickCommune();
					lat = commune.lat() + (random.nextDouble() - 0.5) * 0.02;
					lon = commune.lon() + (random.nextDouble() - 0.5) * 0.02;
				}
				double lonSpan = 1280.0 / 256 * 360 / Math.pow(2, zoom);
				double latSpan = 800.0 / 256 * 360 / Math.pow(2, zoom) * Math.cos(Math.toRadians(lat));
				double west = Math.max(-180, lon - lonSpan / 2), east = Math.min(180, lon + lonSpan / 2);
				double south = Math.max(-85, lat - latSpan / 2), north = Math.min(85, lat + latSpan / 2);
				out.write(String.format(Locale.ROOT, "\"%.5f,%.5f,%.5f,%.5f\",%d%n", west, south, east, north, zoom));
			}
		}
	}

	static void writeIds(Path file, List<Long> ids) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("id\n");
			for (long id : ids) {
				out.write(Long.toString(id));
				out.write('\n');
			}
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
