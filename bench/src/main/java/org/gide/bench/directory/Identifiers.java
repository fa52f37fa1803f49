package org.gide.bench.directory;

/**
 * SIREN, SIRET and RNA numbers for the synthetic dataset: unique per sequence number, with valid Luhn keys (the
 * same check as the platform's {@code Siren}/{@code Siret}), never La Poste's SIREN.
 */
final class Identifiers {

	/** 90,000,000 8-digit bodies; 7,919 is prime and divides none of 2, 3, 5, so i → body is a bijection. */
	private static final long BODIES = 90_000_000L;

	private Identifiers() {
	}

	/** The n-th SIREN (n from 0), scattered over 10000000x–99999999x so that they do not look sequential. */
	static String siren(long n, long offset) {
		long body = 10_000_000L + Math.floorMod(n * 7_919L + offset, BODIES);
		String digits = Long.toString(body);
		String siren = digits + checkDigit(digits);
		if (siren.equals("356000000")) {
			// La Poste's: another bijection-free fallback far from the generated range's collisions
			return siren(n + BODIES / 2, offset);
		}
		return siren;
	}

	/** A SIRET of the SIREN: establishment 4-digit number, then the key digit that makes the 14 digits valid. */
	static String siret(String siren, int establishment) {
		String body = siren + (establishment < 10 ? "000" : establishment < 100 ? "00" : establishment < 1000 ? "0" : "")
				+ establishment;
		return body + checkDigit(body);
	}

	/** The digit to append so that the whole number passes the Luhn check. */
	static int checkDigit(String digits) {
		int sum = 0;
		boolean doubled = true; // the appended digit is not doubled, so the last one given is
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
		return (10 - sum % 10) % 10;
	}

	static boolean luhnValid(String digits) {
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

	/**
	 * An RNA number: W, the COG code of the registering arrondissement (3 characters, {@code 302}, {@code 2A1}, or 4
	 * for overseas: {@code 9712}), then a serial number filling the 9 characters.
	 */
	static String rna(String arrondissement, long serial) {
		int width = 9 - arrondissement.length();
		long bounded = serial % (long) Math.pow(10, width);
		return "W" + arrondissement + String.format("%0" + width + "d", bounded);
	}

}
