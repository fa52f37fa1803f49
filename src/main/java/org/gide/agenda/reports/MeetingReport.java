package org.gide.agenda.reports;

import java.time.Instant;
import java.util.List;

/**
 * The report filed by an organiser after a territorial meeting (plan action 3.2 « reporting »): how many took part,
 * which organisations of the directory were present, a summary and the follow-up. The sectors represented are not
 * stored: they are derived from the present organisations ({@link MeetingReports#describe}).
 */
public record MeetingReport(long eventId, int participants, String summary, String followUp,
		List<Long> organisationIds, long filedBy, Instant filedAt, long version) {

	public MeetingReport {
		organisationIds = List.copyOf(organisationIds);
	}

}
