package org.gide.resources.item;

import org.gide.resources.workflow.ResourceState;

/**
 * The actor may work on the item but not change its content in its current state (a contributor and a PUBLISHED
 * or SUBMITTED item, anyone and a DECLINED one; deleting an item that was published or left DRAFT).
 */
public class ResourceLocked extends RuntimeException {

	private final ResourceState state;

	public ResourceLocked(long id, ResourceState state) {
		super("Resource " + id + " cannot be changed in state " + state);
		this.state = state;
	}

	public ResourceState state() {
		return state;
	}

}
