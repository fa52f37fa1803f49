package org.gide.directory;

import java.util.Arrays;

/**
 * A value or an organisation breaks a rule of the directory. {@link #code()} is a message key of
 * {@code i18n/directory} (French by default, English too) and {@link #args()} its arguments, so the web layer can
 * show the message in the visitor's language; {@link #field()} names the offending field.
 */
public class InvalidValueException extends IllegalArgumentException {

	private final String field;

	private final String code;

	private final transient Object[] args;

	public InvalidValueException(String field, String code, Object... args) {
		super(code + " " + Arrays.toString(args));
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
