/**
 * Part "calls" of the appels à commun(s): the calls themselves, prepared by Mission ESS agents (rules, timeline,
 * weighted criteria, documents, presentation workshops), published and closed, and their public pages.
 * {@link org.gide.calls.call.CallCatalogue} is what the other parts read. See {@code docs/calls-call.md}.
 */
package org.gide.calls.call;
