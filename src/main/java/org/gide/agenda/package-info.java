/**
 * Agenda (plan actions 1.2, 2.5 and 3.2): the shared training programme of every support provider, awareness
 * sessions for the Département's agents and elected officials, quarterly territorial meetings with their reports,
 * drop-in permanences and the presentation workshops of the appels à commun(s); registrations with a waiting list,
 * attendance, calendar views, iCalendar feeds and the plan's indicators computed from these data. See
 * {@code docs/agenda.md}. {@code calls} is needed only for its workshops' event and calls' titles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agenda",
		allowedDependencies = { "directory", "territory", "accounts", "mail", "web", "calls" })
package org.gide.agenda;
