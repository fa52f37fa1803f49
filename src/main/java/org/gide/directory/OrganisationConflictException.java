package org.gide.directory;

/**
 * Someone else changed (or deleted) the organisation since the caller read it; nothing was written. Message key:
 * {@code directory.error.conflict}.
 */
public class OrganisationConflictException extends RuntimeException {

	public OrganisationConflictException(String message, Throwable cause) {
		super(message, cause);
	}

	public String code() {
		return "directory.error.conflict";
	}

}
