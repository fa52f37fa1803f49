package org.gide.resources.workflow;

import java.util.List;

/**
 * An editorial action or comment refused for a reason the user can fix or must know: the transition is not allowed
 * from this state for this actor, a reason or a date is missing or wrong, required fields of the type are empty
 * ({@link #missingFields()}: the message keys of their labels, each one named on the page). Nothing was changed.
 * {@link #field()} names the form field the message belongs to ({@code reason}, {@code scheduledFor},
 * {@code body}) or is null for a message about the whole item. Arguments may be
 * {@link org.springframework.context.MessageSourceResolvable}s (labels of states and actions).
 */
public class EditorialRefusal extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final transient Object[] args;

	private final List<String> missingFields;

	public EditorialRefusal(String field, String messageKey, Object... args) {
		this(field, messageKey, List.of(), args);
	}

	public EditorialRefusal(String field, String messageKey, List<String> missingFields, Object... args) {
		super(messageKey + (missingFields.isEmpty() ? "" : " " + missingFields));
		this.field = field;
		this.messageKey = messageKey;
		this.args = args;
		this.missingFields = List.copyOf(missingFields);
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] args() {
		return args.clone();
	}

	/** Message keys of the labels of the required fields left empty ({@code resources.workflow.field.*}). */
	public List<String> missingFields() {
		return missingFields;
	}

}
