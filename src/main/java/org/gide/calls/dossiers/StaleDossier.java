package org.gide.calls.dossiers;

import java.time.Instant;

/**
 * Someone saved the dossier since the form was loaded: nothing was written. Carries who saved it last and when, and
 * the dossier as it now is, so that the form can be shown again with the user's input beside the current values.
 */
public class StaleDossier extends RuntimeException {

	private final String author;

	private final Instant savedAt;

	private final Dossier current;

	StaleDossier(String author, Instant savedAt, Dossier current) {
		super("dossier " + current.id() + " changed");
		this.author = author;
		this.savedAt = savedAt;
		this.current = current;
	}

	public String author() {
		return author;
	}

	public Instant savedAt() {
		return savedAt;
	}

	public Dossier current() {
		return current;
	}

}
