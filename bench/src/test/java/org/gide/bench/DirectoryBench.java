package org.gide.bench;

import static io.gatling.javaapi.core.CoreDsl.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.gatling.javaapi.core.FeederBuilder;

/**
 * Settings shared by the directory simulations (system properties set by bench/run-directory.sh or on the Maven
 * command line): the platform's URL, the folder of the generator's feeders, clients and durations.
 */
final class DirectoryBench {

	static final String URL = System.getProperty("gide.url", "http://localhost:8080");

	static final Path DATA = Path.of(System.getProperty("bench.data", "target/directory-data/gard")).toAbsolutePath();

	static final int USERS = Integer.getInteger("bench.users", 32);

	static final Duration WARMUP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 20));

	static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("bench.duration", 60));

	private DirectoryBench() {
	}

	/** A feeder of the generator's output folder, read in a random order (Gatling's own, not seeded). */
	static FeederBuilder<String> feeder(String file) {
		Path path = DATA.resolve(file);
		if (!Files.exists(path)) {
			throw new IllegalStateException(path + " missing: generate the dataset first (bench/README.md)");
		}
		return csv(path.toString()).circular();
	}

	/** Writes a figure a simulation measured itself (the report script reads it). */
	static void writeFigure(String name, String value) {
		try {
			Path results = DATA.resolve("figures");
			Files.createDirectories(results);
			Files.writeString(results.resolve(name), value, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

}
