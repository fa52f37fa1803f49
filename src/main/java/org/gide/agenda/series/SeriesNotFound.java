package org.gide.agenda.series;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A series that does not exist or that the person may not manage: always 404 (no enumeration). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class SeriesNotFound extends RuntimeException {

	SeriesNotFound() {
		super("No such series", null, false, false);
	}

}
