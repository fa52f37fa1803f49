package org.gide.directory;

/**
 * An INSEE catégorie juridique at level III: 4 digits ({@code 9220} association déclarée, {@code 5458} SCOP
 * SARL…). Its ESS family is given by {@link EssFamilies}.
 */
public record LegalCategory(String code) {

	public LegalCategory {
		if (code == null || !code.matches("[1-9]\\d{3}")) {
			throw new InvalidValueException("legalCategory", "directory.error.legalCategory.format", code);
		}
	}

	public static LegalCategory of(String raw) {
		String compact = raw == null ? "" : raw.strip();
		if (!compact.matches("[1-9]\\d{3}")) {
			throw new InvalidValueException("legalCategory", "directory.error.legalCategory.format", compact);
		}
		return new LegalCategory(compact);
	}

	@Override
	public String toString() {
		return code;
	}

}
