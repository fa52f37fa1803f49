package org.gide.directory;

import java.util.Locale;

/**
 * A sub-class of the INSEE NAF rév. 2 (the APE code): {@code 88.99B}. Accepted with or without the dot, in any
 * case, with spaces ({@code 8899b}, {@code 88 99 B}); stored with the dot, as the nomenclature writes it.
 */
public record NafCode(String value) {

	public NafCode {
		if (value == null || !value.matches("\\d{2}\\.\\d{2}[A-Z]")) {
			throw new InvalidValueException("naf", "directory.error.naf.format", value);
		}
	}

	public static NafCode of(String raw) {
		String compact = raw == null ? "" : raw.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
		if (!compact.matches("\\d{4}[A-Z]")) {
			throw new InvalidValueException("naf", "directory.error.naf.format", raw == null ? "" : raw.strip());
		}
		return new NafCode(compact.substring(0, 2) + "." + compact.substring(2));
	}

	/** The division: {@code 88}. */
	public String division() {
		return value.substring(0, 2);
	}

	@Override
	public String toString() {
		return value;
	}

}
