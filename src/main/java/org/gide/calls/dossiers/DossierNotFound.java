package org.gide.calls.dossiers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such dossier, or none this person may see: the same answer, so that guessing ids reveals nothing. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DossierNotFound extends RuntimeException {

	public DossierNotFound() {
		super("dossier not found");
	}

}
