package org.gide.directory;

import java.util.List;

/**
 * A draft breaks several rules at once; nothing was written. {@link #problems()} lists each refused value (field,
 * message key, arguments) so a form can show them all; the exception itself reads as the first one.
 */
public class OrganisationRefusedException extends InvalidValueException {

	private final List<InvalidValueException> problems;

	public OrganisationRefusedException(List<InvalidValueException> problems) {
		super(problems.get(0).field(), problems.get(0).code(), problems.get(0).args());
		this.problems = List.copyOf(problems);
	}

	public List<InvalidValueException> problems() {
		return problems;
	}

}
