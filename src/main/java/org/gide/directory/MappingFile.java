package org.gide.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the editable mapping files of {@code directory/}: {@code ;}-separated lines, {@code #} comments. */
final class MappingFile {

	record Line(int number, List<String> cells) {

		String cell(int index) {
			return index < cells.size() ? cells.get(index).strip() : "";
		}

	}

	private MappingFile() {
	}

	static List<Line> read(Reader reader) {
		List<Line> lines = new ArrayList<>();
		try (BufferedReader in = new BufferedReader(reader)) {
			String line;
			int number = 0;
			while ((line = in.readLine()) != null) {
				number++;
				String stripped = line.strip();
				if (stripped.isEmpty() || stripped.startsWith("#")) {
					continue;
				}
				lines.add(new Line(number, Arrays.asList(stripped.split(";", -1))));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return lines;
	}

	static Reader classpath(String path) {
		InputStream in = MappingFile.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("Missing mapping file on the classpath: " + path);
		}
		return new InputStreamReader(in, StandardCharsets.UTF_8);
	}

}
