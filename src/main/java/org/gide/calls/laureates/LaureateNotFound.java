package org.gide.calls.laureates;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No published laureate (or deliverable) behind this address, or not one this visitor may see. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class LaureateNotFound extends RuntimeException {

	LaureateNotFound(String what) {
		super(what);
	}

}
