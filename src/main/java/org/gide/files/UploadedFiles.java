package org.gide.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores and opens uploaded files under {@code gide.uploads.dir}. A file is accepted only when its extension is one
 * of the rules' kinds, its first bytes match that kind and it is not larger than the rules allow; it is written to
 * a temporary name and moved into place, so a half-written file is never served.
 */
@Component
public class UploadedFiles {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path root;

	UploadedFiles(@Value("${gide.uploads.dir:.gide/uploads}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** For tests and tools working on a directory of their own. */
	public static UploadedFiles under(Path root) {
		return new UploadedFiles(root);
	}

	/**
	 * Stores an upload in {@code <area>/<folder>/} ({@code folder}: lower-case letters, digits and hyphens, e.g.
	 * "documents", "item-12"). Throws {@link RefusedFile} when it is empty, too large or not of an accepted kind.
	 */
	public StoredFile store(UploadRules rules, String folder, MultipartFile file) {
		if (!folder.matches("[a-z0-9-]{1,60}")) {
			throw new IllegalArgumentException("folder: " + folder);
		}
		if (file == null || file.isEmpty()) {
			throw new RefusedFile("files.error.empty");
		}
		if (file.getSize() > rules.maxBytes()) {
			throw new RefusedFile("files.error.size", rules.maxMegabytes());
		}
		String original = cleanName(file.getOriginalFilename());
		FileKind kind = FileKind.ofFileName(original)
			.filter(rules.kinds()::contains)
			.orElseThrow(() -> new RefusedFile("files.error.type", original, rules.accepted()));
		byte[] bytes;
		try (InputStream in = file.getInputStream()) {
			bytes = in.readNBytes((int) Math.min(rules.maxBytes() + 1, Integer.MAX_VALUE - 8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (bytes.length > rules.maxBytes()) {
			throw new RefusedFile("files.error.size", rules.maxMegabytes());
		}
		if (!kind.matches(bytes)) {
			throw new RefusedFile("files.error.content", original, kind.extension());
		}
		byte[] token = new byte[12];
		RANDOM.nextBytes(token);
		String key = rules.area() + "/" + folder + "/" + HexFormat.of().formatHex(token) + "." + kind.extension();
		try {
			Path target = root.resolve(key).normalize();
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload-", ".part");
			Files.write(temporary, bytes);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new StoredFile(key, original, kind.contentType(), bytes.length);
	}

	/** The file of a storage key given by {@link #store}, if it exists. */
	public Optional<Path> open(String storageKey) {
		if (storageKey == null || !storageKey.matches("[a-z]{2,20}/[a-z0-9-]{1,60}/[0-9a-f]{24}\\.[a-z]{2,4}")) {
			return Optional.empty();
		}
		Path path = root.resolve(storageKey).normalize();
		return path.startsWith(root) && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
	}

	/** Removes a stored file (nothing when it is already gone). */
	public void delete(String storageKey) {
		open(storageKey).ifPresent(path -> {
			try {
				Files.deleteIfExists(path);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private static String cleanName(String name) {
		if (name == null || name.isBlank()) {
			return "fichier";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

}
