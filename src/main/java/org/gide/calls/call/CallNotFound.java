package org.gide.calls.call;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such call (or document, criterion, workshop of it), or a draft asked for by the public: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CallNotFound extends RuntimeException {

	CallNotFound(String what) {
		super("Not found: " + what);
	}

}
