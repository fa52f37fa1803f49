package org.gide.resources.reading;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No item behind this address that this visitor may see (not published, and not theirs to preview). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ResourceNotFound extends RuntimeException {

	ResourceNotFound() {
		super("No visible resource here");
	}

}
