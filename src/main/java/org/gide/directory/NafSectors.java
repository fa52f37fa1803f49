package org.gide.directory;

import java.io.Reader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * NAF code → observatory {@link Sector}, from the editable file {@value #LOCATION} (source: INSEE NAF rév. 2; see
 * the file's header and {@code docs/directory.md}). Lines name a division ({@code 88}), group ({@code 88.9}), class
 * ({@code 88.99}) or sub-class ({@code 88.99B}); the most specific wins; nothing matching is
 * {@link Sector#NON_CLASSE}.
 */
public final class NafSectors {

	public static final String LOCATION = "directory/naf-secteurs.csv";

	private static volatile NafSectors standard;

	private final Map<String, Sector> sectors;

	private NafSectors(Map<String, Sector> sectors) {
		this.sectors = Collections.unmodifiableMap(sectors);
	}

	public static NafSectors standard() {
		NafSectors loaded = standard;
		if (loaded == null) {
			loaded = read(MappingFile.classpath(LOCATION));
			standard = loaded;
		}
		return loaded;
	}

	public static NafSectors read(Reader reader) {
		Map<String, Sector> sectors = new LinkedHashMap<>();
		for (MappingFile.Line line : MappingFile.read(reader)) {
			String code = normalise(line.cell(0));
			try {
				if (!code.matches("\\d{2}(\\.\\d(\\d[A-Z]?)?)?")) {
					throw new IllegalArgumentException("code " + line.cell(0));
				}
				if (sectors.put(code, Sector.valueOf(line.cell(1))) != null) {
					throw new IllegalArgumentException("code " + code + " listed twice");
				}
			}
			catch (IllegalArgumentException e) {
				throw new IllegalStateException(LOCATION + " line " + line.number() + ": " + e.getMessage(), e);
			}
		}
		return new NafSectors(sectors);
	}

	/** The lines of the file, codes written with the dot. */
	public Map<String, Sector> entries() {
		return sectors;
	}

	public Sector sectorOf(NafCode naf) {
		return naf == null ? Sector.NON_CLASSE : sectorOfCode(naf.value());
	}

	/** The sector of a code at any level, with or without the dot ({@code 8899B}, {@code 88.99B}, {@code 93.1}). */
	public Sector sectorOfCode(String code) {
		if (code == null || code.isBlank()) {
			return Sector.NON_CLASSE;
		}
		String normalised = normalise(code);
		for (int length = normalised.length(); length >= 2; length--) {
			Sector sector = sectors.get(normalised.substring(0, length));
			if (sector != null) {
				return sector;
			}
		}
		return Sector.NON_CLASSE;
	}

	/** {@code 8899b} → {@code 88.99B}; {@code 889} → {@code 88.9}. */
	static String normalise(String code) {
		String compact = code.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
		return compact.length() > 2 ? compact.substring(0, 2) + "." + compact.substring(2) : compact;
	}

}
