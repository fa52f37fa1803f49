package org.gide.territory.internal;

/** Someone else changed or deleted the territory since the form was loaded; nothing was written. */
public class TerritoryConflictException extends RuntimeException {

	public TerritoryConflictException(String message) {
		super(message);
	}

}
