package org.gide.territory.internal;

import java.util.List;

/** The form breaks rules; nothing was written. Each problem names a form field and a message key with arguments. */
public class TerritoryEditException extends RuntimeException {

	public record Problem(String field, String code, Object... args) {
	}

	private final List<Problem> problems;

	public TerritoryEditException(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
