package org.gide.calls.call;

import java.util.List;

/** An agent's change refused, with every problem found: a field (or null for the whole form), a message key. */
public class CallRefused extends RuntimeException {

	/** One problem: the field it concerns (null: the whole form), its message key and arguments. */
	public record Problem(String field, String code, Object... args) {
	}

	private final List<Problem> problems;

	CallRefused(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/** Message keys of the problems, for tests and logs. */
	public List<String> codes() {
		return problems.stream().map(Problem::code).toList();
	}

}
