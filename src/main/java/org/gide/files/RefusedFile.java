package org.gide.files;

/**
 * Why an upload was refused: a message key of {@code i18n/files} ({@code files.error.empty|size|type|content}) with
 * its arguments, to show next to the file field.
 */
public final class RefusedFile extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	RefusedFile(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
