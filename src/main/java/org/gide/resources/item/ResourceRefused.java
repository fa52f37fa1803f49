package org.gide.resources.item;

import java.util.List;

/**
 * A resource's form refused, nothing written: each problem names its form field (null: the whole form), a message
 * key of {@code i18n/resources} and its arguments (which may be message keys to resolve, as
 * {@link org.springframework.context.MessageSourceResolvable}s).
 */
public class ResourceRefused extends RuntimeException {

	/** One refused value. */
	public record Problem(String field, String code, Object... args) {
	}

	private final List<Problem> problems;

	public ResourceRefused(List<Problem> problems) {
		super(problems.stream().map(p -> p.field() + ":" + p.code()).toList().toString());
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
