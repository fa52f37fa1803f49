package org.gide.directory;

/**
 * A SIREN: the 9-digit INSEE number of a legal unit, whose last digit is a Luhn key. Spaces are accepted in input
 * ({@code "732 829 320"}) and removed.
 */
public record Siren(String value) {

	/** La Poste's SIREN: its establishments break the Luhn rule, see {@link Siret}. */
	public static final String LA_POSTE = "356000000";

	public Siren {
		if (value == null || !value.matches("\\d{9}")) {
			throw new InvalidValueException("siren", "directory.error.siren.format", value);
		}
		if (!Luhn.valid(value)) {
			throw new InvalidValueException("siren", "directory.error.siren.key", value);
		}
	}

	public static Siren of(String raw) {
		String compact = Luhn.compact(raw);
		if (!compact.matches("\\d{9}")) {
			throw new InvalidValueException("siren", "directory.error.siren.format", raw == null ? "" : raw.strip());
		}
		return new Siren(compact);
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

	/** Grouped by three, as INSEE prints it: {@code 732 829 320}. */
	public String formatted() {
		return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
	}

	@Override
	public String toString() {
		return value;
	}

}
