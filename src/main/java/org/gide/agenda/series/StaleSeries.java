package org.gide.agenda.series;

/** The series changed since its form was shown (optimistic lock). */
class StaleSeries extends RuntimeException {

	StaleSeries() {
		super("Series changed since its version was read", null, false, false);
	}

}
