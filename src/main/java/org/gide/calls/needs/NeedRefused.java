package org.gide.calls.needs;

import java.util.List;

/** A need's form refused: each problem names its field (null: the whole form), a message key and its arguments. */
class NeedRefused extends RuntimeException {

	record Problem(String field, String code, Object... args) {
	}

	final List<Problem> problems;

	NeedRefused(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

}
