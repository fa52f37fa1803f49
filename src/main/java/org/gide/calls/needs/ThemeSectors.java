package org.gide.calls.needs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import org.gide.calls.Theme;
import org.gide.directory.Sector;

/**
 * Which observatory sectors bring each thematic entry, read from {@code calls/theme-sectors.csv} (data, documented
 * in the file). A line naming an unknown theme or sector fails the start, so that a typo cannot go unnoticed.
 */
@Component
public class ThemeSectors {

	static final String LOCATION = "calls/theme-sectors.csv";

	private final Map<Theme, Set<Sector>> sectors;

	public ThemeSectors() {
		this.sectors = load(LOCATION);
	}

	static Map<Theme, Set<Sector>> load(String location) {
		Map<Theme, Set<Sector>> map = new EnumMap<>(Theme.class);
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(location).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				String text = line.strip();
				if (text.isEmpty() || text.startsWith("#")) {
					continue;
				}
				String[] cells = text.split(";");
				if (cells.length != 2) {
					throw new IllegalStateException(location + " line " + number + ": expected theme;sector");
				}
				try {
					Theme theme = Theme.valueOf(cells[0].strip());
					Sector sector = Sector.valueOf(cells[1].strip());
					if (sector == Sector.NON_CLASSE) {
						throw new IllegalStateException(location + " line " + number + ": NON_CLASSE brings no theme");
					}
					map.computeIfAbsent(theme, t -> EnumSet.noneOf(Sector.class)).add(sector);
				}
				catch (IllegalArgumentException e) {
					throw new IllegalStateException(location + " line " + number + ": unknown theme or sector", e);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return map;
	}

	/** The sectors that bring this theme (empty if none is listed). */
	public Set<Sector> of(Theme theme) {
		Set<Sector> found = sectors.get(theme);
		return found == null ? Set.of() : Set.copyOf(found);
	}

	/** The sectors that bring at least one of these themes. */
	public Set<Sector> of(Collection<Theme> themes) {
		Set<Sector> all = EnumSet.noneOf(Sector.class);
		themes.forEach(theme -> all.addAll(of(theme)));
		return all;
	}

}
