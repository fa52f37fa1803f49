package org.gide.calls.dossiers;

/** The dossier was submitted: it is frozen and every change is refused. */
public class DossierFrozen extends RuntimeException {

	private final long dossierId;

	public DossierFrozen(long dossierId) {
		super("dossier " + dossierId + " is submitted");
		this.dossierId = dossierId;
	}

	public long dossierId() {
		return dossierId;
	}

}
