package org.gide.calls.call;

/** The call was changed by someone else since the form was loaded (optimistic locking). */
class CallConflict extends RuntimeException {

	CallConflict(long id) {
		super("Call " + id + " was modified concurrently");
	}

}
