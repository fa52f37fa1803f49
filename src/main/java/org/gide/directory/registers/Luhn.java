package org.gide.directory.registers;

/**
 * SIREN / SIRET check keys. TEMPORARY helper private to the register readers: the directory module's public
 * {@code Siren} / {@code Siret} value types replace it at integration time.
 */
final class Luhn {

	/** SIREN of La Poste, whose SIRETs follow another rule: the sum of the 14 digits is a multiple of 5. */
	private static final String LA_POSTE = "356000000";

	private Luhn() {
	}

	/** 9 digits with a valid Luhn key. */
	static boolean validSiren(CharSequence s) {
		return s.length() == 9 && digits(s) && luhn(s);
	}

	/** 14 digits with a valid Luhn key (or La Poste's rule). */
	static boolean validSiret(CharSequence s) {
		if (s.length() != 14 || !digits(s)) {
			return false;
		}
		if (LA_POSTE.contentEquals(s.subSequence(0, 9))) {
			int sum = 0;
			for (int i = 0; i < 14; i++) {
				sum += s.charAt(i) - '0';
			}
			return sum % 5 == 0;
		}
		return luhn(s);
	}

	static boolean digits(CharSequence s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean luhn(CharSequence s) {
		int sum = 0;
		boolean twice = false;
		for (int i = s.length() - 1; i >= 0; i--) {
			int d = s.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
