package org.gide.calls.committee;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A call, dossier or slot that does not exist (or not in this call): the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

	NotFound(String what) {
		super(what);
	}

}
