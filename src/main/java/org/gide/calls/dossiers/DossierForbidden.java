package org.gide.calls.dossiers;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The person may read the dossier but not do this (an agent editing, a partner submitting for the lead). */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class DossierForbidden extends RuntimeException {

	public DossierForbidden() {
		super("not allowed on this dossier");
	}

}
