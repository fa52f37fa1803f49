package org.gide.directory;

/** Valid identifiers for tests, computed (Luhn key) rather than copied from real organisations. */
final class Identifiers {

	private Identifiers() {
	}

	/**
	 * A valid SIRET made from {@code seed}: a SIREN of 8 digits from the seed plus its Luhn key, then a NIC of 4
	 * digits plus the key that makes the 14 digits a Luhn number.
	 */
	static String siret(long seed) {
		String siren = withKey(String.format("%08d", seed % 100_000_000L));
		if (siren.equals(Siren.LA_POSTE)) {
			throw new IllegalArgumentException("choose a seed outside La Poste");
		}
		return withKey(siren + String.format("%04d", seed % 10_000L));
	}

	private static String withKey(String body) {
		for (int key = 0; key <= 9; key++) {
			if (Luhn.valid(body + key)) {
				return body + key;
			}
		}
		throw new IllegalStateException();
	}

}
