package org.gide.directory;

/** The Luhn check used by INSEE for SIREN and SIRET keys. */
final class Luhn {

	private Luhn() {
	}

	static boolean valid(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	static int digitSum(String digits) {
		return digits.chars().map(c -> c - '0').sum();
	}

	/** Removes spaces (ordinary, non-breaking, narrow) and dots that people type inside numbers. */
	static String compact(String raw) {
		return raw == null ? "" : raw.replaceAll("[\\s\\u00A0\\u202F.]", "");
	}

}
