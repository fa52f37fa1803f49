package org.gide.directory.people;

/** A refused request of this package, naming the form field and the message key to show beside it. */
public class PeopleException extends RuntimeException {

	private final String field;

	private final String code;

	private final transient Object[] args;

	PeopleException(String field, String code, Object... args) {
		super(code);
		this.field = field;
		this.code = code;
		this.args = args.clone();
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args.clone();
	}

}
