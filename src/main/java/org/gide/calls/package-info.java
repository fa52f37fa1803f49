/**
 * Appels à commun(s) (plan action 1.1, reused by 2.1 and 2.2): calls published by the Mission ESS, territorial
 * needs and the partner finder, co-authored dossiers of at least three ESS organisations, the inter-directorate
 * reading committee (assignment, scores, auditions, deliberation), laureates' deliverables and feedback, and the
 * plan's indicators computed from these data. See {@code docs/calls.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appels à commun(s)",
		allowedDependencies = { "directory", "territory", "accounts", "mail", "web", "files" })
package org.gide.calls;
