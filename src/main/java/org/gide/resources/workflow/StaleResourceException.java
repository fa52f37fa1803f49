package org.gide.resources.workflow;

/**
 * The item changed since the form was shown (its {@code version} differs): nothing was done. Pages say
 * « modifiée entre-temps » (key {@code resources.workflow.error.stale}) and keep what the user typed.
 */
public class StaleResourceException extends RuntimeException {

	private final long itemId;

	public StaleResourceException(long itemId) {
		super("Resource item " + itemId + " was modified meanwhile");
		this.itemId = itemId;
	}

	public long itemId() {
		return itemId;
	}

}
