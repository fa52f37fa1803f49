package org.gide.files;

/** A stored upload: what the owning module's table keeps about it. */
public record StoredFile(String storageKey, String fileName, String contentType, long sizeBytes) {
}
