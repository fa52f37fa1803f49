/**
 * The inter-directorate reading committee of an appel à commun(s): the theme → direction mapping, committee members
 * and assignments (with suggested members), conflict declarations, scores and private annotations, the synthesis,
 * auditions, the message thread of a dossier, the deliberation and the decisions, and the published results
 * ({@link org.gide.calls.CallResults}). See {@code docs/calls-committee.md}.
 */
package org.gide.calls.committee;
