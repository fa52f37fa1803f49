package org.gide.territory.internal;

/** A reference source is missing or unreadable; nothing was written. */
public class ImportException extends RuntimeException {

	public ImportException(String message) {
		super(message);
	}

	public ImportException(String message, Throwable cause) {
		super(message, cause);
	}

}
