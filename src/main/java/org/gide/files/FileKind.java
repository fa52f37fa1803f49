package org.gide.files;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of files the platform can accept, by extension, with what their content must start with. */
public enum FileKind {

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

	FileKind(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return extension;
	}

	/** The type the file is served with: from its kind, never from what the browser sent. */
	public String contentType() {
		return contentType;
	}

	/** Images are shown in pages; the other kinds are downloaded. */
	public boolean image() {
		return this == PNG || this == JPEG;
	}

	/** The kind named by a file name's extension (".jpeg" is JPEG). */
	public static Optional<FileKind> ofFileName(String name) {
		if (name == null || name.lastIndexOf('.') < 0) {
			return Optional.empty();
		}
		String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		if (extension.equals("jpeg")) {
			return Optional.of(JPEG);
		}
		for (FileKind kind : values()) {
			if (kind.extension.equals(extension)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/** The kind whose served type this is. */
	public static Optional<FileKind> ofContentType(String contentType) {
		for (FileKind kind : values()) {
			if (kind.contentType.equals(contentType)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}

	/** Whether the file's first bytes are those of this kind. */
	public boolean matches(byte[] b) {
		return switch (this) {
			case PDF -> starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII));
			case ODT, ODS, ODP, DOCX, XLSX, PPTX, ZIP -> starts(b, new byte[] { 'P', 'K', 3, 4 });
			case PNG -> starts(b, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
			case JPEG -> starts(b, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
			case TXT, CSV, MD -> isText(b);
		};
	}

	/** ".pdf, .odt, …" in declaration order, for messages and {@code accept} attributes. */
	public static String extensions(Collection<FileKind> kinds) {
		return kinds.stream().sorted().map(k -> "." + k.extension).collect(Collectors.joining(", "));
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
