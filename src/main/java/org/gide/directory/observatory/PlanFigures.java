package org.gide.directory.observatory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The figures the Schéma départemental de l’ESS prints (reference data, {@code directory/observatoire-schema.csv}):
 * read once, shown beside the live figures. A malformed line fails at start-up with its line number.
 */
record PlanFigures(String source, Map<String, Long> values) {

	static final String RESOURCE = "directory/observatoire-schema.csv";

	static PlanFigures standard() {
		try (InputStream in = PlanFigures.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static PlanFigures read(BufferedReader reader) throws IOException {
		String source = null;
		Map<String, Long> values = new LinkedHashMap<>();
		String line;
		int number = 0;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split(";", -1);
			if (parts[0].equals("source") && parts.length == 2) {
				source = parts[1].strip();
				continue;
			}
			if (parts.length != 3) {
				throw new IllegalStateException(RESOURCE + " line " + number + ": expected indicator;value;unit");
			}
			try {
				values.put(parts[0].strip(), Long.parseLong(parts[1].strip()));
			}
			catch (NumberFormatException e) {
				throw new IllegalStateException(RESOURCE + " line " + number + ": not a whole number: " + parts[1]);
			}
		}
		return new PlanFigures(source, values);
	}

	OptionalLong value(String indicator) {
		Long value = values.get(indicator);
		return value == null ? OptionalLong.empty() : OptionalLong.of(value);
	}

}
