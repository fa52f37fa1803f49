package org.gide.calls.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;

class CallFilesTest {

	@TempDir
	Path root;

	@Test
	void storesAcceptedFilesAndRefusesWrongOnesWithTheReason() throws IOException {
		CallFiles files = new CallFiles(root, 1024);
		CallFiles.Stored pdf = files.store("documents",
				new MockMultipartFile("file", "../Règlement de l'appel.pdf", "application/pdf",
						"%PDF-1.7 contenu".getBytes(StandardCharsets.US_ASCII)));
		assertThat(pdf.fileName()).isEqualTo("Règlement de l'appel.pdf");
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		assertThat(pdf.sizeBytes()).isEqualTo(16);
		Path stored = files.open(pdf.storageKey()).orElseThrow();
		assertThat(stored).startsWith(root);
		assertThat(Files.readString(stored)).startsWith("%PDF-");

		assertThatThrownBy(() -> files.store("documents", new MockMultipartFile("file", "virus.pdf", null,
				"MZ not a pdf".getBytes(StandardCharsets.US_ASCII))))
			.isInstanceOfSatisfying(CallFiles.RefusedFile.class,
					e -> assertThat(e.messageKey()).isEqualTo("calls.file.error.content"));
		assertThatThrownBy(() -> files.store("documents", new MockMultipartFile("file", "script.exe", null,
				new byte[] { 1 })))
			.isInstanceOfSatisfying(CallFiles.RefusedFile.class,
					e -> assertThat(e.messageKey()).isEqualTo("calls.file.error.type"));
		assertThatThrownBy(() -> files.store("documents", new MockMultipartFile("file", "big.txt", null,
				new byte[2048])))
			.isInstanceOfSatisfying(CallFiles.RefusedFile.class,
					e -> assertThat(e.messageKey()).isEqualTo("calls.file.error.size"));
		assertThatThrownBy(() -> files.store("documents", new MockMultipartFile("file", "vide.pdf", null,
				new byte[0])))
			.isInstanceOfSatisfying(CallFiles.RefusedFile.class,
					e -> assertThat(e.messageKey()).isEqualTo("calls.file.error.empty"));

		assertThat(files.open("calls/documents/../../../etc/passwd")).isEmpty();
		files.delete(pdf.storageKey());
		assertThat(files.open(pdf.storageKey())).isEmpty();
	}

}
