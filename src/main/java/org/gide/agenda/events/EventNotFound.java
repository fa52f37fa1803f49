package org.gide.agenda.events;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An event that does not exist or that the visitor may not see or manage: always 404 (no enumeration). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EventNotFound extends RuntimeException {

	public EventNotFound() {
		super("No such event", null, false, false);
	}

}
