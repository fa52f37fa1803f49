package org.gide.directory.registers;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Column positions read from a header line, by name: order does not matter, unknown columns are ignored, names are
 * compared without regard to case or surrounding spaces.
 */
final class Header {

	private final Map<String, Integer> positions = new HashMap<>();
	private final int size;
	private final List<String> missing = new ArrayList<>();

	private Header(CsvRecordReader reader) {
		this.size = reader.size();
		for (int i = 0; i < this.size; i++) {
			this.positions.putIfAbsent(reader.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
	}

	/** Reads the header line of {@code fileLabel}; throws {@link RegisterFormatException} when it is unusable. */
	static Header read(CsvRecordReader reader, String fileLabel) throws IOException {
		if (!reader.next()) {
			throw new RegisterFormatException("Fichier " + fileLabel + " vide : ligne d'en-tête absente");
		}
		if (reader.error() != null) {
			throw new RegisterFormatException("Fichier " + fileLabel + " : en-tête illisible (" + reader.error() + ")");
		}
		return new Header(reader);
	}

	/** Position of a required column; missing ones are collected and reported together by {@link #check}. */
	int required(String name) {
		Integer i = this.positions.get(name.toLowerCase(Locale.ROOT));
		if (i == null) {
			this.missing.add(name);
			return -1;
		}
		return i;
	}

	/** Position of an optional column, -1 when absent. */
	int optional(String name) {
		Integer i = this.positions.get(name.toLowerCase(Locale.ROOT));
		return i == null ? -1 : i;
	}

	/** Throws when required columns are missing. */
	void check(String fileLabel) {
		if (!this.missing.isEmpty()) {
			throw new RegisterFormatException("Fichier " + fileLabel + " : colonne" + (this.missing.size() > 1 ? "s" : "")
					+ " manquante" + (this.missing.size() > 1 ? "s" : "") + " : " + String.join(", ", this.missing));
		}
	}

	int size() {
		return this.size;
	}

}
