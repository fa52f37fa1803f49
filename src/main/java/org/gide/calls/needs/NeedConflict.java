package org.gide.calls.needs;

/** The need changed since the form was loaded (optimistic locking): nothing was written. */
class NeedConflict extends RuntimeException {

	NeedConflict(long id) {
		super("Need " + id + " changed meanwhile");
	}

}
