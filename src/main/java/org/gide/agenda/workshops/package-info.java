/**
 * The presentation workshops of the appels à commun(s) in the agenda: each workshop announced by the calls
 * ({@code calls.CallWorkshopScheduled}) is one published CALL_WORKSHOP event, created or refreshed in the calls'
 * transaction and cancelled with it. See {@code docs/agenda.md} section 1.
 */
package org.gide.agenda.workshops;
