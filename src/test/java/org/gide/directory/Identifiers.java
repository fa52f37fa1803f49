package org.gide.directory;

/** Valid identifiers for tests, computed (Luhn key) rather than copied from real organisations. */
final class Identifiers {

	private Identifiers() {
	}

	/** A valid SIRET whose first 13 digits are those of {@code seed} (padded), with the Luhn key appended. */
	static String siret(long seed) {
		String body = String.format("%013d", seed);
		if (body.startsWith(Siren.LA_POSTE)) {
			throw new IllegalArgumentException("choose a seed outside La Poste");
		}
		for (int key = 0; key <= 9; key++) {
			if (Luhn.valid(body + key)) {
				return body + key;
			}
		}
		throw new IllegalStateException();
	}

}
