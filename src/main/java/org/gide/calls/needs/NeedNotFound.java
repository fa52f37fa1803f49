package org.gide.calls.needs;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No need has this id: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NeedNotFound extends RuntimeException {

	NeedNotFound(long id) {
		super("No need " + id);
	}

}
