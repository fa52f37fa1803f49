package org.gide.bench.directory;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.gide.bench.directory.Catalogue.Activity;
import org.gide.bench.directory.Catalogue.Inclusion;
import org.gide.bench.directory.Communes.Commune;

/**
 * Draws organisations one after the other, deterministically from a seed: the same seed, communes and mapping files
 * give the same rows in the same order. Proportions (see docs/performance.md): families as the Gard's ESS
 * observatory counts employer establishments (83 % associations, 12 % cooperatives, 4 % mutuelles, 0.7 % fondations)
 * plus 1 % ESS companies; about 1.5 % inclusion structures, 0.5 % resource actors, 3 % closed.
 */
final class OrganisationGenerator {

	/** One row of the organisation table, as the entity would store it. */
	record Organisation(long id, String name, String acronym, String siren, String siret, String rna,
			String legalCategory, String family, String cooperativeKind, String declaredCooperativeKind,
			Boolean sireneEss, boolean esus, LocalDate creationDate, String description, String naf, String sector,
			String address, String postalCode, String communeCode, Double latitude, Double longitude,
			String geoPrecision, String employeeBand, Integer volunteers, String inclusionType, boolean reservedL2113_12,
			boolean reservedL2113_13, boolean reservedL2113_15, String goodsServices, boolean resourceActor,
			String resourceServices, String publicWebsite, String publicEmail, String publicPhone, String source,
			String sourceKey, boolean active, LocalDate closedOn) {
	}

	static final double ASSOCIATION = 0.830, COOPERATIVE = 0.115, MUTUELLE = 0.038, FONDATION = 0.007;

	static final double INCLUSION_SHARE = 0.015, RESOURCE_SHARE = 0.005, CLOSED_SHARE = 0.03;

	private static final List<String> STREETS = List.of("rue de la République", "avenue Jean Jaurès", "place de la Mairie",
			"rue du Temple", "chemin des Oliviers", "rue de l'Église", "boulevard Victor Hugo", "rue des Écoles",
			"route de Nîmes", "rue Pasteur", "impasse des Cigales", "grand rue", "rue du Château", "avenue de la Gare",
			"rue Émile Zola", "chemin de la Draille", "place du Marché", "rue Jean Moulin", "quai de la Fontaine",
			"rue des Lilas");

	/** Telephone zones (01 Île-de-France, 02 north-west, 03 north-east, 05 south-west, 04 south-east). */
	private static final java.util.Set<String> PHONE_01 = java.util.Set.of("75 77 78 91 92 93 94 95".split(" ")),
			PHONE_02 = java.util.Set.of("14 18 22 27 28 29 35 36 37 41 44 45 49 50 53 56 61 72 76 85".split(" ")),
			PHONE_03 = java.util.Set.of("02 08 10 21 25 39 51 52 54 55 57 58 59 60 62 67 68 70 71 80 88 89 90".split(" ")),
			PHONE_05 = java.util.Set.of("09 12 16 17 19 23 24 31 32 33 40 46 47 64 65 79 81 82 86 87".split(" "));

	private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}"),
			NON_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+"), EDGE_DASHES = java.util.regex.Pattern.compile("(^-|-$)");

	private final SplittableRandom random;

	private final List<Commune> communes;

	private final double[] cumulative;

	private final Mappings mappings;

	private final long sirenOffset;

	private final Map<String, Integer> rnaSerials = new HashMap<>();

	private long nextId = 1;

	private long nextSiren = 0;

	OrganisationGenerator(long seed, List<Commune> communes, Mappings mappings) {
		this.random = new SplittableRandom(seed);
		this.communes = List.copyOf(communes);
		this.mappings = mappings;
		this.sirenOffset = new SplittableRandom(seed ^ 0x5151L).nextLong(90_000_000L);
		this.cumulative = new double[communes.size()];
		double total = 0;
		for (int i = 0; i < communes.size(); i++) {
			// Weighted by population, a little less than proportionally: villages have more associations per head.
			total += Math.pow(Math.max(0, communes.get(i).population()), 0.85) + 20;
			cumulative[i] = total;
		}
	}

	Commune pickCommune() {
		double x = random.nextDouble() * cumulative[cumulative.length - 1];
		int low = 0, high = cumulative.length - 1;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (cumulative[mid] < x) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return communes.get(low);
	}

	Organisation next() {
		long id = nextId++;
		Commune commune = pickCommune();
		boolean alsaceMoselle = commune.departement() != null && commune.departement().matches("57|67|68");

		String category;
		String declaredKind = null;
		Boolean sireneEss;
		boolean esus = false;
		Activity activity;
		String nameTemplate;
		String goods = null;
		String inclusion = null;
		boolean resource = false;
		String resourceServices = null;
		String naf;

		double roll = random.nextDouble();
		if (roll < INCLUSION_SHARE) {
			Inclusion type = weighted(Catalogue.INCLUSION, Inclusion::weight);
			inclusion = type.type();
			naf = type.naf();
			nameTemplate = pick(type.names());
			goods = type.goods();
			double who = random.nextDouble();
			switch (inclusion) {
				case "ACI" -> category = who < 0.6 ? "9221" : "9220";
				case "AI" -> category = "9222";
				case "GEIQ" -> category = "9223";
				case "ESAT" -> category = who < 0.8 ? "9220" : "9300";
				default -> category = who < 0.5 ? "9221" : "5710";
			}
			if (alsaceMoselle && category.startsWith("92")) {
				category = "9260";
			}
			activity = null;
		}
		else if (roll < INCLUSION_SHARE + RESOURCE_SHARE) {
			resource = true;
			category = alsaceMoselle ? "9260" : "9220";
			naf = pick(List.of("94.99Z", "70.22Z", "82.30Z"));
			nameTemplate = pick(Catalogue.RESOURCE_NAMES);
			List<String> services = new ArrayList<>(Catalogue.RESOURCE_SERVICES);
			StringBuilder offered = new StringBuilder();
			int count = 2 + random.nextInt(3);
			for (int i = 0; i < count; i++) {
				offered.append(i == 0 ? "" : ", ").append(services.remove(random.nextInt(services.size())));
			}
			resourceServices = capitalise(offered.toString());
			activity = null;
		}
		else {
			double f = random.nextDouble();
			if (f < ASSOCIATION) {
				activity = weighted(Catalogue.ASSOCIATIONS, Activity::weight);
				category = alsaceMoselle ? "9260" : pickWeighted(new String[] { "9220", "9230", "9210", "9221" },
						new double[] { 96, 2, 1, 1 });
			}
			else if (f < ASSOCIATION + COOPERATIVE) {
				double k = random.nextDouble();
				if (k < 0.40) {
					activity = weighted(Catalogue.BANKS, Activity::weight);
					category = pickWeighted(new String[] { "6595", "6596", "5192", "6100" }, new double[] { 4, 4, 2, 2 });
				}
				else if (k < 0.58) {
					activity = weighted(Catalogue.AGRICULTURAL, Activity::weight);
					category = activity.naf().equals("01.61Z") ? "6316" : pickWeighted(new String[] { "6317", "6318", "5432" },
							new double[] { 8, 1, 1 });
				}
				else if (k < 0.75) {
					activity = weighted(Catalogue.SCOP, Activity::weight);
					category = pickWeighted(new String[] { "5458", "5558", "5658" }, new double[] { 8, 1, 1 });
				}
				else if (k < 0.81) {
					activity = weighted(Catalogue.SCIC, Activity::weight);
					category = pickWeighted(new String[] { "5710", "5499", "5599" }, new double[] { 7, 2, 1 });
					declaredKind = "SCIC";
				}
				else if (k < 0.83) {
					activity = Catalogue.CAE.get(0);
					category = "5458";
					declaredKind = "CAE";
				}
				else if (k < 0.86) {
					activity = weighted(Catalogue.CONSUMER, Activity::weight);
					category = pickWeighted(new String[] { "5451", "5551" }, new double[] { 1, 1 });
				}
				else {
					activity = weighted(Catalogue.OTHER_COOPERATIVES, Activity::weight);
					category = switch (activity.naf()) {
						case "41.20A" -> "5547";
						case "43.99C" -> "5453";
						case "49.41A" -> "5455";
						default -> "5552";
					};
				}
			}
			else if (f < ASSOCIATION + COOPERATIVE + MUTUELLE) {
				activity = weighted(Catalogue.MUTUELLES, Activity::weight);
				category = pickWeighted(new String[] { "8210", "6411", "8250", "8290" }, new double[] { 6, 2, 1, 1 });
			}
			else if (f < ASSOCIATION + COOPERATIVE + MUTUELLE + FONDATION) {
				activity = weighted(Catalogue.FONDATIONS, Activity::weight);
				category = "9300";
			}
			else {
				activity = weighted(Catalogue.ESS_COMPANIES, Activity::weight);
				category = pickWeighted(new String[] { "5710", "5499", "5720" }, new double[] { 6, 3, 1 });
			}
			naf = activity.naf();
			nameTemplate = pick(activity.names());
		}

		boolean association = category.startsWith("92");
		boolean commercial = category.startsWith("5") && !List.of("5192").contains(category)
				&& mappings.classify(category, null, false, null, false).family().equals("NOT_ESS");
		if (commercial && declaredKind == null) {
			// ESS companies: ESUS-approved, or at least flagged ESS in SIRENE.
			esus = random.nextDouble() < 0.5;
		}

		// Identifiers: every non-association is in SIRENE; 35 % of associations are (employers, grants, VAT).
		boolean inSirene = !association || alsaceMoselle || inclusion != null || random.nextDouble() < 0.35;
		String siren = null;
		String siret = null;
		if (inSirene) {
			siren = Identifiers.siren(nextSiren++, sirenOffset);
			siret = Identifiers.siret(siren, 1 + random.nextInt(20));
		}
		String rna = null;
		if (association && !alsaceMoselle && !category.equals("9210") && commune.arrondissement() != null) {
			int serial = rnaSerials.merge(commune.arrondissement(), 1, Integer::sum);
			rna = Identifiers.rna(commune.arrondissement(), 1000 + serial);
		}
		sireneEss = inSirene ? (commercial && !esus ? Boolean.TRUE : random.nextDouble() < 0.9 ? Boolean.TRUE : null) : null;
		if (commercial && declaredKind == null && !esus) {
			sireneEss = Boolean.TRUE;
		}
		Mappings.Classification classification = mappings.classify(category, sireneEss, esus, declaredKind, rna != null);
		if (classification.family().equals("NOT_ESS")) {
			throw new IllegalStateException("Generated a non-ESS organisation: category " + category);
		}
		String family = classification.family();
		String sector = mappings.sectorOf(naf);

		String name = fill(nameTemplate, commune);
		if (name.length() > 250) {
			name = name.substring(0, 250).strip();
		}
		String acronym = random.nextDouble() < 0.08 ? acronym(name) : null;
		String description = describe(activity, inclusion, resourceServices, commune, family);

		LocalDate creation = creationDate(association);
		String band = employeeBand(family, inclusion != null);
		Integer volunteers = association && random.nextDouble() < 0.55
				? (int) Math.min(2000, Math.round(Math.exp(2.5 + 1.2 * random.nextGaussian()))) : null;

		// Place: most geocoded to the address, some to the street, some only to the commune centre, a few not at all.
		double p = random.nextDouble();
		String precision;
		Double lat = null, lon = null;
		if (p < 0.02) {
			precision = "UNKNOWN";
		}
		else if (p < 0.17) {
			precision = "COMMUNE_CENTROID";
			lat = commune.lat();
			lon = commune.lon();
		}
		else {
			precision = p < 0.32 ? "STREET" : "ADDRESS";
			double sigma = 0.008;
			lat = round(commune.lat() + clip(random.nextGaussian()) * sigma);
			lon = round(commune.lon() + clip(random.nextGaussian()) * sigma / Math.cos(Math.toRadians(commune.lat())));
		}
		String address = (1 + random.nextInt(120)) + " " + pick(STREETS);

		String slug = slug(name);
		boolean site = random.nextDouble() < 0.3;
		String website = site ? "https://www." + slug + ".fr" : null;
		String email = random.nextDouble() < 0.4 ? "contact@" + slug + ".fr" : null;
		String phone = random.nextDouble() < 0.5 ? phone(commune.departement()) : null;

		String source = siret != null ? "SIRENE" : rna != null ? "RNA" : "MANUAL";
		String sourceKey = siret != null ? siret : rna;
		if (random.nextDouble() < 0.02) {
			source = "MANUAL";
			sourceKey = null;
		}
		boolean active = random.nextDouble() >= CLOSED_SHARE;
		LocalDate closedOn = active ? null : LocalDate.of(2010, 1, 1).plusDays(random.nextInt(6140));

		boolean disability = inclusion != null && List.of("EA", "EATT", "ESAT").contains(inclusion);
		boolean siae = inclusion != null && List.of("ACI", "EI", "ETTI", "AI", "EITI").contains(inclusion);
		return new Organisation(id, name, acronym, siren, siret, rna, category, family, classification.cooperativeKind(),
				declaredKind, sireneEss, esus, creation, description, naf, sector, address, commune.postalCode(),
				commune.code(), lat, lon, precision, band, volunteers, inclusion, disability, siae, true, goods, resource,
				resourceServices, website, email, phone, source, sourceKey, active, closedOn);
	}

	private String describe(Activity activity, String inclusion, String resourceServices, Commune commune, String family) {
		StringBuilder text = new StringBuilder();
		if (activity != null) {
			text.append(fill(pick(activity.descriptions()), commune));
		}
		else if (inclusion != null) {
			text.append("Structure d'insertion et d'emploi accompagné : parcours vers l'emploi, formation et accompagnement social.");
		}
		else {
			text.append("Tête de réseau de l'économie sociale et solidaire : ").append(resourceServices.toLowerCase(Locale.FRENCH))
				.append('.');
		}
		text.append(' ').append(pick(List.of("Siège à ", "Intervient autour de ", "Basée à ", "Active à "))).append(commune.name())
			.append('.');
		if ("ASSOCIATION".equals(family) && random.nextDouble() < 0.5) {
			text.append(' ').append(pick(List.of("Bénévoles bienvenus.", "Adhésion ouverte à tous.",
					"Agréée jeunesse et éducation populaire.", "Reconnue d'intérêt général.")));
		}
		return text.toString();
	}

	private LocalDate creationDate(boolean association) {
		int age = (int) Math.min(124, -Math.log(1 - random.nextDouble()) * (association ? 18 : 25));
		return LocalDate.of(2025 - age, 1, 1).plusDays(random.nextInt(365));
	}

	private String employeeBand(String family, boolean inclusion) {
		String[] codes = { "NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41" };
		double[] weights = switch (family) {
			case "ASSOCIATION" -> inclusion ? new double[] { 0, 1, 5, 10, 20, 30, 25, 7, 2, 0, 0, 0 }
					: new double[] { 86, 2, 4, 2.5, 1.8, 1.6, 1.2, 0.5, 0.25, 0.05, 0.07, 0.03 };
			case "MUTUELLE", "FONDATION" -> new double[] { 10, 2, 15, 18, 15, 15, 12, 6, 4, 1, 1.5, 0.5 };
			default -> new double[] { 20, 4, 18, 17, 14, 11, 9, 4, 2, 0.5, 0.4, 0.1 };
		};
		return pickWeighted(codes, weights);
	}

	private String fill(String template, Commune commune) {
		String sport = pick(Catalogue.SPORTS);
		String art = pick(Catalogue.ARTS);
		String name = pick(Catalogue.NAMES);
		return template.replace("{de}", de(commune.name()))
			.replace("{c}", commune.name())
			.replace("{N}", name)
			.replace("{n}", name)
			.replace("{S}", capitalise(sport))
			.replace("{s}", sport)
			.replace("{a}", art);
	}

	/** "de Nîmes", "d'Alès", "du Vigan", "des Angles", "de La Calmette". */
	static String de(String commune) {
		if (commune.startsWith("Le ")) {
			return "du " + commune.substring(3);
		}
		if (commune.startsWith("Les ")) {
			return "des " + commune.substring(4);
		}
		char first = Normalizer.normalize(commune.substring(0, 1), Normalizer.Form.NFD).charAt(0);
		if ("AEIOUYaeiouy".indexOf(first) >= 0) {
			return "d'" + commune;
		}
		return "de " + commune;
	}

	private String acronym(String name) {
		StringBuilder letters = new StringBuilder();
		for (String word : name.split("[\\s'-]+")) {
			if (word.length() > 3 && Character.isLetter(word.charAt(0))) {
				letters.append(Character.toUpperCase(fold(word.substring(0, 1)).charAt(0)));
			}
		}
		String acronym = letters.length() > 8 ? letters.substring(0, 8) : letters.toString();
		return acronym.length() < 2 ? null : acronym;
	}

	static String slug(String name) {
		String slug = EDGE_DASHES.matcher(NON_ALNUM.matcher(fold(name).toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
		return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
	}

	static String fold(String text) {
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
	}

	private String phone(String departement) {
		String prefix;
		if (departement == null) {
			prefix = "04";
		}
		else if (PHONE_01.contains(departement)) {
			prefix = "01";
		}
		else if (PHONE_02.contains(departement)) {
			prefix = "02";
		}
		else if (PHONE_03.contains(departement)) {
			prefix = "03";
		}
		else if (PHONE_05.contains(departement)) {
			prefix = "05";
		}
		else if (departement.startsWith("97")) {
			prefix = switch (departement) {
				case "971" -> "0590";
				case "972" -> "0596";
				case "973" -> "0594";
				case "976" -> "0269";
				default -> "0262";
			};
		}
		else {
			prefix = "04";
		}
		StringBuilder number = new StringBuilder(prefix);
		while (number.length() < 10) {
			number.append(random.nextInt(10));
		}
		return number.substring(0, 2) + " " + number.substring(2, 4) + " " + number.substring(4, 6) + " "
				+ number.substring(6, 8) + " " + number.substring(8, 10);
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static double clip(double gaussian) {
		return Math.max(-3, Math.min(3, gaussian));
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1_000_000) / 1_000_000.0;
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private String pickWeighted(String[] values, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double x = random.nextDouble() * total;
		for (int i = 0; i < values.length; i++) {
			x -= weights[i];
			if (x < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	private <T> T weighted(List<T> values, java.util.function.ToDoubleFunction<T> weight) {
		double total = values.stream().mapToDouble(weight).sum();
		double x = random.nextDouble() * total;
		for (T value : values) {
			x -= weight.applyAsDouble(value);
			if (x < 0) {
				return value;
			}
		}
		return values.get(values.size() - 1);
	}

}
