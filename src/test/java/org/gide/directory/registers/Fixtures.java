package org.gide.directory.registers;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;

/** Test fixtures under {@code src/test/resources/registers/}. */
final class Fixtures {

	/** A stand-in for the directory's mapping of ESS legal categories (associations, mutuals, cooperatives…). */
	static final Predicate<String> ESS_CATEGORIES = Set.of("9210", "9220", "9221", "9222", "9230", "9240", "9260",
			"8210", "8250", "5458", "5560", "9300")::contains;

	static final SireneFilter GARD = new SireneFilter(DepartementCode.of("30"), ESS_CATEGORIES);

	private Fixtures() {
	}

	static Path file(String name) {
		try {
			return Path.of(Fixtures.class.getResource("/registers/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
