package org.gide.files;

import java.util.EnumSet;
import java.util.Set;

/**
 * What one kind of upload accepts: the area it is stored under (lower-case letters, e.g. "calls", "resources"),
 * the largest size and the kinds of files.
 */
public record UploadRules(String area, long maxBytes, Set<FileKind> kinds) {

	public UploadRules {
		if (area == null || !area.matches("[a-z]{2,20}")) {
			throw new IllegalArgumentException("area: " + area);
		}
		if (maxBytes <= 0) {
			throw new IllegalArgumentException("maxBytes: " + maxBytes);
		}
		kinds = Set.copyOf(EnumSet.copyOf(kinds));
	}

	/** The accepted extensions: ".pdf, .odt, …". */
	public String accepted() {
		return FileKind.extensions(kinds);
	}

	/** The largest size in whole mebibytes, as messages state it. */
	public long maxMegabytes() {
		return maxBytes / (1024 * 1024);
	}

}
