package org.gide.territory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Reads reference files from a classpath folder, a file folder or an http(s) base URL. HTTP goes through a client
 * with timeouts so that an unreachable source cannot hold the start-up.
 */
@Component
public class Sources {

	private final ResourceLoader resources;

	private final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	Sources(ResourceLoader resources) {
		this.resources = resources;
	}

	/** A file read whole, with the location it came from. */
	public record Source(String location, byte[] bytes) {
	}

	/** The first of these names that exists under the folder (or base URL) {@code base}. */
	public Optional<Source> first(String base, String... names) throws IOException {
		String folder = base.endsWith("/") ? base : base + "/";
		for (String name : names) {
			Optional<Source> source = read(folder + name);
			if (source.isPresent()) {
				return source;
			}
		}
		return Optional.empty();
	}

	/** The file at this location, or empty when there is none (an I/O failure on an existing file is thrown). */
	public Optional<Source> read(String location) throws IOException {
		if (location.startsWith("http://") || location.startsWith("https://")) {
			return fetch(location);
		}
		Resource resource = resources.getResource(location);
		if (!resource.exists() || !resource.isReadable()) {
			return Optional.empty();
		}
		try (InputStream in = resource.getInputStream()) {
			return Optional.of(new Source(location, in.readAllBytes()));
		}
	}

	private Optional<Source> fetch(String url) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() == 404) {
				return Optional.empty();
			}
			if (response.statusCode() != 200) {
				throw new IOException("HTTP " + response.statusCode() + " from " + url);
			}
			return Optional.of(new Source(url, response.body()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while fetching " + url, ex);
		}
	}

}
