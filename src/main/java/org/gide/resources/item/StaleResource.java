package org.gide.resources.item;

/** The item changed since the form was read (its version moved on): nothing was written. */
public class StaleResource extends RuntimeException {

	private final long currentVersion;

	public StaleResource(long itemId, long currentVersion) {
		super("Resource " + itemId + " is now at version " + currentVersion);
		this.currentVersion = currentVersion;
	}

	/** The version the item has now (the form may carry it to save over it knowingly). */
	public long currentVersion() {
		return currentVersion;
	}

}
