package org.gide.directory;

/**
 * Who made a change of an organisation, for its history: an account (id and the name it had then) or the
 * platform ({@code accountId} null, e.g. an import), and why ({@link ChangeOrigin}).
 */
public record Author(Long accountId, String label, ChangeOrigin origin) {

	public Author {
		if (label == null || label.isBlank()) {
			throw new IllegalArgumentException("An author needs a label");
		}
		if (origin == null) {
			throw new IllegalArgumentException("An author needs an origin");
		}
		label = label.strip();
		if (label.length() > 200) {
			label = label.substring(0, 200);
		}
	}

	/** The platform itself: what callers of the signatures without author get. */
	public static Author system() {
		return new Author(null, "Gide", ChangeOrigin.SYSTEM);
	}

	/** An import from a named source ("SIRENE", "RNA", "CSV communes.csv"…). */
	public static Author importer(String source) {
		return new Author(null, "Import " + source, ChangeOrigin.IMPORT);
	}

	public static Author account(long accountId, String label, ChangeOrigin origin) {
		return new Author(accountId, label, origin);
	}

}
