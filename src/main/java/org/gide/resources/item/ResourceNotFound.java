package org.gide.resources.item;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such item for this actor: it does not exist, or the actor may not work on it (a 404 either way, so that ids
 * cannot be probed).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ResourceNotFound extends RuntimeException {

	public ResourceNotFound(long id) {
		super("No resource " + id + " for this actor");
	}

}
