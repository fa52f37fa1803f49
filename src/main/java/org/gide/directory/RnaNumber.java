package org.gide.directory;

/**
 * A number of the Répertoire national des associations (RNA, "numéro Waldec"): {@code W} followed by 9
 * characters, the first three being the (COG) code of the arrondissement whose prefecture or sub-prefecture
 * registered it ({@code W302001234}: 302, Nîmes, Gard), so Corsica's are {@code W2A…} and {@code W2B…}. Input is normalised: case, spaces and
 * the separators people type ({@code w 302 001 234}, {@code W30-2001234}) are ignored.
 * <p>
 * Not accepted: associations of Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle) under local law are registered by the
 * tribunal judiciaire, not in the RNA, and have no W number (some registers show the court's own register number
 * instead); identify them by SIREN/SIRET. Neither are the pre-Waldec "rna_import" file numbers.
 */
public record RnaNumber(String value) {

	public RnaNumber {
		if (value == null || !value.matches("W(\\d{9}|2[AB]\\d{7})")) {
			throw new InvalidValueException("rna", "directory.error.rna.format", value);
		}
	}

	public static RnaNumber of(String raw) {
		String compact = raw == null ? "" : raw.replaceAll("[\\s\\u00A0\\u202F.\\-]", "").toUpperCase(java.util.Locale.ROOT);
		if (!compact.matches("W(\\d{9}|2[AB]\\d{7})")) {
			throw new InvalidValueException("rna", "directory.error.rna.format", raw == null ? "" : raw.strip());
		}
		return new RnaNumber(compact);
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

	/** The arrondissement of the registering (sub-)prefecture, as the COG codes it: {@code 302}, {@code 2A1}. */
	public String registeringArrondissement() {
		return value.substring(1, 4);
	}

	@Override
	public String toString() {
		return value;
	}

}
