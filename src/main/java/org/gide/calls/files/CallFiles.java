package org.gide.calls.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files of the appels à commun(s) (call documents, dossier attachments, deliverables), under
 * {@code gide.uploads.dir} in {@code calls/<folder>/}. A file is accepted only when its extension is one of
 * {@link Kind} and its first bytes match that kind (a renamed executable is refused), and when it is not larger
 * than {@code gide.calls.max-upload-bytes} (20 MiB by default). Files are written to a temporary name and moved into
 * place, so a half-written file is never served.
 */
@Component
public class CallFiles {

	/** The kinds of files accepted, by extension, with what their content must start with. */
	public enum Kind {

		PDF("pdf", "application/pdf"), ODT("odt", "application/vnd.oasis.opendocument.text"),
		ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
		ODP("odp", "application/vnd.oasis.opendocument.presentation"),
		DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
		ZIP("zip", "application/zip"), PNG("png", "image/png"), JPEG("jpg", "image/jpeg"), TXT("txt", "text/plain"),
		CSV("csv", "text/csv"), MD("md", "text/markdown");

		private final String extension;

		private final String contentType;

		Kind(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}

		public String extension() {
			return extension;
		}

		public String contentType() {
			return contentType;
		}

		static Optional<Kind> ofFileName(String name) {
			if (name == null || name.lastIndexOf('.') < 0) {
				return Optional.empty();
			}
			String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
			if (extension.equals("jpeg")) {
				return Optional.of(JPEG);
			}
			for (Kind kind : values()) {
				if (kind.extension.equals(extension)) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

		boolean matches(byte[] b) {
			return switch (this) {
				case PDF -> starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII));
				case ODT, ODS, ODP, DOCX, XLSX, PPTX, ZIP -> starts(b, new byte[] { 'P', 'K', 3, 4 });
				case PNG -> starts(b, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
				case JPEG -> starts(b, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
				case TXT, CSV, MD -> isText(b);
			};
		}

		private static boolean starts(byte[] b, byte[] prefix) {
			if (b.length < prefix.length) {
				return false;
			}
			for (int i = 0; i < prefix.length; i++) {
				if (b[i] != prefix[i]) {
					return false;
				}
			}
			return true;
		}

		private static boolean isText(byte[] b) {
			int n = Math.min(b.length, 8192);
			for (int i = 0; i < n; i++) {
				if (b[i] == 0) {
					return false;
				}
			}
			return true;
		}

	}

	/** Why a file was refused: a message key of {@code i18n/calls} with its arguments. */
	public static final class RefusedFile extends RuntimeException {

		private final String messageKey;

		private final Object[] arguments;

		RefusedFile(String messageKey, Object... arguments) {
			super(messageKey);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		public String messageKey() {
			return messageKey;
		}

		public Object[] arguments() {
			return arguments.clone();
		}

	}

	/** A stored file: what its table keeps. */
	public record Stored(String storageKey, String fileName, String contentType, long sizeBytes) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Path root;

	private final long maxBytes;

	CallFiles(@Value("${gide.uploads.dir:.gide/uploads}") Path root,
			@Value("${gide.calls.max-upload-bytes:20971520}") long maxBytes) {
		this.root = root.toAbsolutePath().normalize();
		this.maxBytes = maxBytes;
	}

	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * Stores an upload in {@code calls/<folder>/} ({@code folder}: lower-case letters, digits and hyphens, e.g.
	 * "documents", "dossier-12"). Throws {@link RefusedFile} when it is empty, too large or not of an accepted kind.
	 */
	public Stored store(String folder, MultipartFile file) {
		if (!folder.matches("[a-z0-9-]{1,60}")) {
			throw new IllegalArgumentException("folder: " + folder);
		}
		if (file == null || file.isEmpty()) {
			throw new RefusedFile("calls.file.error.empty");
		}
		if (file.getSize() > maxBytes) {
			throw new RefusedFile("calls.file.error.size", maxBytes / (1024 * 1024));
		}
		String original = cleanName(file.getOriginalFilename());
		Kind kind = Kind.ofFileName(original)
			.orElseThrow(() -> new RefusedFile("calls.file.error.type", original, accepted()));
		byte[] bytes;
		try (InputStream in = file.getInputStream()) {
			bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (bytes.length > maxBytes) {
			throw new RefusedFile("calls.file.error.size", maxBytes / (1024 * 1024));
		}
		if (!kind.matches(bytes)) {
			throw new RefusedFile("calls.file.error.content", original, kind.extension());
		}
		byte[] token = new byte[12];
		RANDOM.nextBytes(token);
		String key = "calls/" + folder + "/" + HexFormat.of().formatHex(token) + "." + kind.extension();
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
		return new Stored(key, original, kind.contentType(), bytes.length);
	}

	/** The file of a storage key given by {@link #store}, if it exists. */
	public Optional<Path> open(String storageKey) {
		if (storageKey == null || !storageKey.matches("calls/[a-z0-9-]{1,60}/[0-9a-f]{24}\\.[a-z]{2,4}")) {
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

	/** The accepted extensions, for messages and {@code accept} attributes: ".pdf, .odt, …". */
	public static String accepted() {
		StringBuilder list = new StringBuilder();
		for (Kind kind : Kind.values()) {
			list.append(list.isEmpty() ? "" : ", ").append('.').append(kind.extension());
		}
		return list.toString();
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
