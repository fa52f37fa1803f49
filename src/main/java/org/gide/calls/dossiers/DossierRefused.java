package org.gide.calls.dossiers;

import java.util.List;

/** Input refused: one problem per field ({@code field} null for the whole form), as message keys with arguments. */
public class DossierRefused extends RuntimeException {

	public record Problem(String field, String key, Object... args) {
	}

	private final List<Problem> problems;

	public DossierRefused(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public DossierRefused(String field, String key, Object... args) {
		this(List.of(new Problem(field, key, args)));
	}

	public List<Problem> problems() {
		return problems;
	}

}
