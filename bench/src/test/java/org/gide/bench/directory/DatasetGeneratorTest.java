package org.gide.bench.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gide.bench.directory.Communes.Commune;
import org.gide.bench.directory.OrganisationGenerator.Organisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator without a database: determinism, identifiers, proportions, and the derived columns checked
 * against the platform's own classes ({@code EssFamilies}, {@code NafSectors}, {@code Siren}, {@code Siret},
 * {@code RnaNumber}) when the main module is compiled ({@code ../target/classes} is on this test's classpath).
 */
class DatasetGeneratorTest {

	/** A few real communes (COG codes, centres) covering the RNA variants: mainland, Alsace-Moselle, Corsica, overseas. */
	static final List<Commune> COMMUNES = List.of(
			new Commune("30189", "Nîmes", "30000", 148_104, 43.8447, 4.3479, "243000643", "302", "30", "nimes", true),
			new Commune("30007", "Alès", "30100", 42_967, 44.1250, 4.0840, "200066918", "301", "30", "ales", true),
			new Commune("30334", "Uzès", "30700", 8_500, 44.0125, 4.4196, "200034379", "302", "30", null, true),
			new Commune("30350", "Le Vigan", "30120", 3_900, 43.9910, 3.6060, "200035814", "303", "30", null, true),
			new Commune("30011", "Les Angles", "30133", 8_500, 43.9540, 4.7630, "200035814", "302", "30", null, true),
			new Commune("67482", "Strasbourg", "67000", 291_313, 48.5734, 7.7521, "246700488", "671", "67", null, false),
			new Commune("2A004", "Ajaccio", "20000", 73_000, 41.9192, 8.7386, "242010056", "2A1", "2A", null, false),
			new Commune("97411", "Saint-Denis", "97400", 153_000, -20.8823, 55.4504, "249740119", "9741", "974", null, false));

	static Mappings mappings;

	@BeforeAll
	static void readMappings() throws Exception {
		mappings = Mappings.read(Path.of("../src/main/resources/directory"));
	}

	static List<Organisation> generate(long seed, int count) {
		OrganisationGenerator generator = new OrganisationGenerator(seed, COMMUNES, mappings);
		List<Organisation> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(generator.next());
		}
		return rows;
	}

	@Test
	void sameSeedSameRowsOtherSeedOtherRows() {
		assertEquals(generate(42, 3_000), generate(42, 3_000));
		assertNotEquals(generate(42, 3_000), generate(43, 3_000));
	}

	@Test
	void identifiersAreValidAndUnique() {
		List<Organisation> rows = generate(7, 30_000);
		Set<String> sirens = new HashSet<>(), sirets = new HashSet<>(), rnas = new HashSet<>();
		for (Organisation o : rows) {
			if (o.siren() != null) {
				assertTrue(o.siren().matches("\\d{9}") && Identifiers.luhnValid(o.siren()), o.siren());
				assertTrue(o.siret().startsWith(o.siren()) && Identifiers.luhnValid(o.siret()), o.siret());
				assertTrue(sirens.add(o.siren()), "duplicate " + o.siren());
				assertTrue(sirets.add(o.siret()));
			}
			if (o.rna() != null) {
				assertTrue(o.rna().matches("W(\\d{9}|2[AB]\\d{7})"), o.rna());
				assertTrue(rnas.add(o.rna()), "duplicate " + o.rna());
				assertEquals("ASSOCIATION", o.family());
			}
			if (o.communeCode().startsWith("67")) {
				assertEquals(null, o.rna(), "Alsace-Moselle associations have no RNA number");
			}
			assertTrue(o.name().length() <= 250 && !o.name().contains("{"), o.name());
			assertTrue((o.latitude() == null) == (o.longitude() == null));
			assertTrue(o.active() == (o.closedOn() == null));
		}
		assertTrue(rnas.stream().anyMatch(r -> r.startsWith("W2A1")), "Corsican RNA numbers");
		assertTrue(rnas.stream().anyMatch(r -> r.startsWith("W9741")), "overseas RNA numbers");
		// Known keys: INSEE's own examples.
		assertEquals(0, Identifiers.checkDigit("73282932"));
		assertTrue(Identifiers.luhnValid("73282932000074"));
	}

	@Test
	void proportionsFollowTheObservatory() {
		List<Organisation> rows = generate(42, 40_000);
		Map<String, Integer> families = new HashMap<>();
		int inclusion = 0, resource = 0, closed = 0;
		for (Organisation o : rows) {
			families.merge(o.family(), 1, Integer::sum);
			inclusion += o.inclusionType() != null ? 1 : 0;
			resource += o.resourceActor() ? 1 : 0;
			closed += o.active() ? 0 : 1;
		}
		double n = rows.size();
		assertBetween(families.get("ASSOCIATION") / n, 0.80, 0.86, "associations");
		assertBetween(families.get("COOPERATIVE") / n, 0.09, 0.14, "cooperatives");
		assertBetween(families.get("MUTUELLE") / n, 0.025, 0.05, "mutuelles");
		assertBetween(families.get("FONDATION") / n, 0.004, 0.012, "fondations");
		assertBetween(families.get("ESS_COMPANY") / n, 0.005, 0.02, "ESS companies");
		assertEquals(null, families.get("NOT_ESS"));
		assertBetween(inclusion / n, 0.01, 0.02, "inclusion structures");
		assertBetween(resource / n, 0.002, 0.01, "resource actors");
		assertBetween(closed / n, 0.02, 0.04, "closed");
	}

	@Test
	void derivedColumnsAreThoseOfThePlatformClasses() throws Exception {
		Class<?> essFamilies;
		try {
			essFamilies = Class.forName("org.gide.directory.EssFamilies");
		}
		catch (ClassNotFoundException e) {
			assumeTrue(false, "main module not compiled (../target/classes): run ./mvnw compile at the root first");
			return;
		}
		Class<?> legalCategory = Class.forName("org.gide.directory.LegalCategory");
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Class<Enum> cooperativeKind = (Class<Enum>) Class.forName("org.gide.directory.CooperativeKind");
		Object families = essFamilies.getMethod("standard").invoke(null);
		Method classify = essFamilies.getMethod("classify", legalCategory, Boolean.class, boolean.class, cooperativeKind,
				boolean.class);
		Class<?> nafSectors = Class.forName("org.gide.directory.NafSectors");
		Object sectors = nafSectors.getMethod("standard").invoke(null);
		Method sectorOfCode = nafSectors.getMethod("sectorOfCode", String.class);
		Method sirenValid = Class.forName("org.gide.directory.Siren").getMethod("isValid", String.class);
		Method siretValid = Class.forName("org.gide.directory.Siret").getMethod("isValid", String.class);
		Method rnaValid = Class.forName("org.gide.directory.RnaNumber").getMethod("isValid", String.class);
		Method inclusionReserved = Class.forName("org.gide.directory.InclusionType").getMethod("reservedMarkets",
				Class.forName("org.gide.directory.InclusionType"), Class.forName("org.gide.directory.EssFamily"));

		for (Organisation o : generate(11, 20_000)) {
			@SuppressWarnings("unchecked")
			Object classification = classify.invoke(families,
					legalCategory.getConstructor(String.class).newInstance(o.legalCategory()), o.sireneEss(), o.esus(),
					o.declaredCooperativeKind() == null ? null : Enum.valueOf(cooperativeKind, o.declaredCooperativeKind()),
					o.rna() != null);
			Object family = classification.getClass().getMethod("family").invoke(classification);
			Object kind = classification.getClass().getMethod("cooperativeKind").invoke(classification);
			assertEquals(family.toString(), o.family(), o.legalCategory());
			assertEquals(kind == null ? null : kind.toString(), o.cooperativeKind(), o.legalCategory());
			assertEquals(sectorOfCode.invoke(sectors, o.naf()).toString(), o.sector(), o.naf());
			if (o.siren() != null) {
				assertTrue((Boolean) sirenValid.invoke(null, o.siren()), o.siren());
				assertTrue((Boolean) siretValid.invoke(null, o.siret()), o.siret());
			}
			if (o.rna() != null) {
				assertTrue((Boolean) rnaValid.invoke(null, o.rna()), o.rna());
			}
			Object inclusion = o.inclusionType() == null ? null
					: Enum.valueOf((Class<Enum>) Class.forName("org.gide.directory.InclusionType"), o.inclusionType());
			Set<?> markets = (Set<?>) inclusionReserved.invoke(null, inclusion, family);
			assertEquals(markets.toString().contains("L2113_12"), o.reservedL2113_12());
			assertEquals(markets.toString().contains("L2113_13"), o.reservedL2113_13());
			assertEquals(markets.toString().contains("L2113_15"), o.reservedL2113_15());
		}
	}

	private static void assertBetween(double value, double low, double high, String what) {
		assertTrue(value >= low && value <= high, what + ": " + value);
	}

}
