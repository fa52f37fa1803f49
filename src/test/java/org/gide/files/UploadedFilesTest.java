package org.gide.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;

class UploadedFilesTest {

	@TempDir
	Path root;

	private final UploadRules documents = new UploadRules("calls", 1024, EnumSet.allOf(FileKind.class));

	@Test
	void storesAcceptedFilesAndRefusesWrongOnesWithTheReason() throws IOException {
		UploadedFiles files = UploadedFiles.under(root);
		StoredFile pdf = files.store(documents, "documents",
				new MockMultipartFile("file", "../Règlement de l'appel.pdf", "application/pdf",
						"%PDF-1.7 contenu".getBytes(StandardCharsets.US_ASCII)));
		assertThat(pdf.fileName()).isEqualTo("Règlement de l'appel.pdf");
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.sizeBytes()).isEqualTo(16);
		assertThat(pdf.storageKey()).matches("calls/documents/[0-9a-f]{24}\\.pdf");
		Path stored = files.open(pdf.storageKey()).orElseThrow();
		assertThat(stored).startsWith(root);
		assertThat(Files.readString(stored)).startsWith("%PDF-");

		refused(files, documents, "virus.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII),
				"files.error.content", "virus.pdf", "pdf");
		refused(files, documents, "script.exe", new byte[] { 1 }, "files.error.type", "script.exe",
				FileKind.extensions(EnumSet.allOf(FileKind.class)));
		refused(files, documents, "big.txt", new byte[2048], "files.error.size", 0L);
		refused(files, documents, "vide.pdf", new byte[0], "files.error.empty");

		assertThat(files.open("calls/documents/../../../etc/passwd")).isEmpty();
		files.delete(pdf.storageKey());
		assertThat(files.open(pdf.storageKey())).isEmpty();
	}

	@Test
	void eachAreaHasItsOwnKindsAndSize() {
		UploadedFiles files = UploadedFiles.under(root);
		UploadRules attachments = new UploadRules("resources", 10L * 1024 * 1024,
				Set.of(FileKind.PDF, FileKind.ODT, FileKind.PNG, FileKind.JPEG));
		refused(files, attachments, "notes.txt", "texte".getBytes(StandardCharsets.UTF_8), "files.error.type",
				"notes.txt", ".pdf, .odt, .png, .jpg");
		refused(files, attachments, "logo.svg", "<svg/>".getBytes(StandardCharsets.UTF_8), "files.error.type",
				"logo.svg", ".pdf, .odt, .png, .jpg");
		refused(files, attachments, "grand.pdf", new byte[11 * 1024 * 1024], "files.error.size", 10L);
		StoredFile image = files.store(attachments, "item-7", new MockMultipartFile("file", "photo.JPEG", "text/html",
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }));
		assertThat(image.storageKey()).matches("resources/item-7/[0-9a-f]{24}\\.jpg");
		assertThat(image.contentType()).as("from the content's kind, not from the request").isEqualTo("image/jpeg");
		assertThat(files.open(image.storageKey())).isPresent();
		assertThat(FileKind.ofContentType(image.contentType())).contains(FileKind.JPEG);
		assertThatThrownBy(() -> files.store(attachments, "../x", new MockMultipartFile("file", "a.pdf", null,
				"%PDF-".getBytes(StandardCharsets.US_ASCII))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static void refused(UploadedFiles files, UploadRules rules, String name, byte[] content, String key,
			Object... arguments) {
		assertThatThrownBy(() -> files.store(rules, "documents", new MockMultipartFile("file", name, null, content)))
			.isInstanceOfSatisfying(RefusedFile.class, e -> {
				assertThat(e.messageKey()).isEqualTo(key);
				assertThat(e.arguments()).containsExactly(arguments);
			});
	}

}
