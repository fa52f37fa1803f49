package org.gide.resources.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No item behind this id, or not one this actor may work on (a contributor of another organisation): the same
 * 404 either way, so that ids cannot be enumerated.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ResourceNotFound extends RuntimeException {

	public ResourceNotFound(long itemId) {
		super("No resource item " + itemId + " for this actor");
	}

}
