package org.gide.directory.registers;

/**
 * A file-level problem that makes a whole register file unreadable (empty file, missing required columns). Row-level
 * problems never throw: they end up in the {@link RegisterReport}. The message is in French, ready to show to an
 * agent.
 */
public class RegisterFormatException extends RuntimeException {

	public RegisterFormatException(String message) {
		super(message);
	}

}
