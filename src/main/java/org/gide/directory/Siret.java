package org.gide.directory;

/**
 * A SIRET: the 14-digit INSEE number of an establishment, the SIREN of its legal unit followed by a 5-digit NIC,
 * the whole checked by the Luhn key, and the SIREN by its own. Exception: La Poste's establishments (SIREN 356000000) have too many for a
 * Luhn key on 5 digits; theirs are valid when the sum of the 14 digits is a multiple of 5, except the head office
 * ({@value #LA_POSTE_HEAD_OFFICE}), which keeps an ordinary Luhn key. Spaces are accepted in input and removed.
 */
public record Siret(String value) {

	/** La Poste's head office, the one establishment of SIREN 356000000 checked by Luhn. */
	public static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

	public Siret {
		if (value == null || !value.matches("\\d{14}")) {
			throw new InvalidValueException("siret", "directory.error.siret.format", value);
		}
		boolean valid = value.startsWith(Siren.LA_POSTE) && !value.equals(LA_POSTE_HEAD_OFFICE)
				? Luhn.digitSum(value) % 5 == 0
				: Luhn.valid(value);
		if (!valid || !Luhn.valid(value.substring(0, 9))) {
			throw new InvalidValueException("siret", "directory.error.siret.key", value);
		}
	}

	public static Siret of(String raw) {
		String compact = Luhn.compact(raw);
		if (!compact.matches("\\d{14}")) {
			throw new InvalidValueException("siret", "directory.error.siret.format", raw == null ? "" : raw.strip());
		}
		return new Siret(compact);
	}

	public static boolean isValid(String raw) {
		try {
			of(raw);
			return true;
		}
		catch (InvalidValueException e) {
			return false;
		}
	}

	/** The legal unit's SIREN: the first 9 digits (valid too, La Poste's included). */
	public Siren siren() {
		return new Siren(value.substring(0, 9));
	}

	/** The establishment number within the legal unit (NIC). */
	public String nic() {
		return value.substring(9);
	}

	/** As INSEE prints it: {@code 732 829 320 00074}. */
	public String formatted() {
		return siren().formatted() + " " + nic();
	}

	@Override
	public String toString() {
		return value;
	}

}
