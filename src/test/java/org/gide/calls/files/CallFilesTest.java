package org.gide.calls.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;

import org.gide.files.RefusedFile;
import org.gide.files.StoredFile;

class CallFilesTest {

	@TempDir
	Path root;

	@Test
	void callsAcceptEveryKindUnderTheirOwnAreaAndOpenOnlyTheirFiles() {
		CallFiles files = CallFiles.under(root, 1024);
		StoredFile notes = files.store("dossier-3", new MockMultipartFile("file", "notes.md", null,
				"# Notes".getBytes(StandardCharsets.UTF_8)));
		assertThat(notes.storageKey()).startsWith("calls/dossier-3/");
		assertThat(files.open(notes.storageKey())).isPresent();
		assertThat(files.open(notes.storageKey().replace("calls/", "resources/"))).isEmpty();
		assertThatThrownBy(() -> files.store("dossier-3", new MockMultipartFile("file", "x.pdf", null, new byte[2048])))
			.isInstanceOfSatisfying(RefusedFile.class, e -> assertThat(e.messageKey()).isEqualTo("files.error.size"));
		assertThat(CallFiles.accepted()).startsWith(".pdf, .odt").contains(".md");
	}

}
