package org.gide.directory;

import java.util.Optional;

/**
 * The INSEE "tranche d’effectif salarié" of a SIRENE unit, by its code. {@code NN}: no employee (or none
 * declared); {@code 00}: employed someone during the year but nobody on 31 December.
 */
public enum EmployeeBand {

	NN("NN", null, null), B00("00", 0, 0), B01("01", 1, 2), B02("02", 3, 5), B03("03", 6, 9), B11("11", 10, 19),
	B12("12", 20, 49), B21("21", 50, 99), B22("22", 100, 199), B31("31", 200, 249), B32("32", 250, 499),
	B41("41", 500, 999), B42("42", 1000, 1999), B51("51", 2000, 4999), B52("52", 5000, 9999), B53("53", 10000, null);

	private final String code;

	private final Integer min;

	private final Integer max;

	EmployeeBand(String code, Integer min, Integer max) {
		this.code = code;
		this.min = min;
		this.max = max;
	}

	public String code() {
		return code;
	}

	/** Lower bound of the band, null for NN. */
	public Integer min() {
		return min;
	}

	/** Upper bound of the band, null for NN and the open last band. */
	public Integer max() {
		return max;
	}

	/**
	 * An employer, as the ESS observatory counts "établissements employeurs": at least one employee on 31 December
	 * (band 01 and above). NN and 00 are not.
	 */
	public boolean employer() {
		return min != null && min > 0;
	}

	public String messageKey() {
		return "directory.band." + code;
	}

	/** The band of a SIRENE code; blank is empty; {@code "0"} is read as {@code "00"}. */
	public static Optional<EmployeeBand> fromCode(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		String code = raw.strip().toUpperCase(java.util.Locale.ROOT);
		if (code.length() == 1 && Character.isDigit(code.charAt(0))) {
			code = "0" + code;
		}
		for (EmployeeBand band : values()) {
			if (band.code.equals(code)) {
				return Optional.of(band);
			}
		}
		throw new InvalidValueException("employeeBand", "directory.error.employeeBand.unknown", raw.strip());
	}

}
