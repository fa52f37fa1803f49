package org.gide.calls.files;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import org.gide.files.FileKind;
import org.gide.files.RefusedFile;
import org.gide.files.StoredFile;
import org.gide.files.UploadRules;
import org.gide.files.UploadedFiles;

/**
 * Files of the appels à commun(s) (call documents, dossier attachments, deliverables): the calls' rules for the
 * {@code files} module — every {@link FileKind}, at most {@code gide.calls.max-upload-bytes} (20 MiB by default),
 * stored under {@code calls/<folder>/}. Refusals are {@link RefusedFile}s with {@code files.error.*} messages.
 */
@Component
public class CallFiles {

	private static final EnumSet<FileKind> KINDS = EnumSet.allOf(FileKind.class);

	private final UploadedFiles files;

	private final UploadRules rules;

	CallFiles(UploadedFiles files, @Value("${gide.calls.max-upload-bytes:20971520}") long maxBytes) {
		this.files = files;
		this.rules = new UploadRules("calls", maxBytes, KINDS);
	}

	/** For tests working on a directory of their own. */
	static CallFiles under(Path root, long maxBytes) {
		return new CallFiles(UploadedFiles.under(root), maxBytes);
	}

	public long maxBytes() {
		return rules.maxBytes();
	}

	/**
	 * Stores an upload in {@code calls/<folder>/} ({@code folder}: lower-case letters, digits and hyphens, e.g.
	 * "documents", "dossier-12"). Throws {@link RefusedFile} when it is empty, too large or not of an accepted kind.
	 */
	public StoredFile store(String folder, MultipartFile file) {
		return files.store(rules, folder, file);
	}

	/** The file of a storage key given by {@link #store}, if it exists. */
	public Optional<Path> open(String storageKey) {
		return storageKey != null && storageKey.startsWith("calls/") ? files.open(storageKey) : Optional.empty();
	}

	/** Removes a stored file (nothing when it is already gone). */
	public void delete(String storageKey) {
		open(storageKey).ifPresent(path -> files.delete(storageKey));
	}

	/** The accepted extensions, for messages and {@code accept} attributes: ".pdf, .odt, …". */
	public static String accepted() {
		return FileKind.extensions(KINDS);
	}

}
