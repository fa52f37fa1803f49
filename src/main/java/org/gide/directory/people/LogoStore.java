package org.gide.directory.people;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Logos of organisations, stored as files under {@code gide.uploads.dir}/logos. Only PNG, JPEG and WebP are
 * accepted, recognised by their first bytes (never by the name or the declared type); SVG is refused since it can
 * carry scripts. The stored name is chosen here, never taken from the upload.
 */
@Component
class LogoStore {

	/** An accepted image format: its stored extension and the content type it is served with. */
	enum Format {

		PNG("png", "image/png"), JPEG("jpg", "image/jpeg"), WEBP("webp", "image/webp");

		final String extension;

		final String contentType;

		Format(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}

		static Optional<Format> ofExtension(String name) {
			return Arrays.stream(values()).filter(f -> name.endsWith("." + f.extension)).findFirst();
		}

	}

	private final Path root;

	private final long maxBytes;

	LogoStore(@Value("${gide.uploads.dir:.gide/uploads}") Path root,
			@Value("${gide.uploads.logo-max-bytes:1048576}") long maxBytes) {
		this.root = root.toAbsolutePath().normalize();
		this.maxBytes = maxBytes;
	}

	long maxBytes() {
		return maxBytes;
	}

	/** Stores the upload and returns its relative path ({@code logos/…}) for {@code organisation.logo_path}. */
	String store(long organisationId, MultipartFile file) {
		if (file.getSize() > maxBytes) {
			throw new PeopleException("logo", "people.logo.error.size", maxBytes / 1024);
		}
		byte[] bytes;
		try (InputStream in = file.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		Format format = sniff(bytes).orElseThrow(() -> new PeopleException("logo", "people.logo.error.format"));
		String relative = "logos/" + organisationId + "-" + Tokens.random().substring(0, 16) + "." + format.extension;
		try {
			Path target = resolve(relative).orElseThrow();
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
			Files.write(temporary, bytes);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			return relative;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The stored file of a relative path, if it is a logo inside the uploads folder. */
	Optional<Path> resolve(String relative) {
		if (relative == null || !relative.matches("logos/[0-9]+-[A-Za-z0-9_-]+\\.(png|jpg|webp)")) {
			return Optional.empty();
		}
		Path path = root.resolve(relative).normalize();
		return path.startsWith(root) ? Optional.of(path) : Optional.empty();
	}

	static Optional<Format> sniff(byte[] b) {
		if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return Optional.of(Format.PNG);
		}
		if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of(Format.JPEG);
		}
		if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return Optional.of(Format.WEBP);
		}
		return Optional.empty();
	}

}
