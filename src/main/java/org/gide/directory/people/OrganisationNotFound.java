package org.gide.directory.people;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No organisation has this id (any more): the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class OrganisationNotFound extends RuntimeException {

	OrganisationNotFound(long id) {
		super("No organisation " + id);
	}

}
